using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Reads an item's `stakeholders:` field: a list of slugs, or the word `all`.</summary>
public static class StakeholderReader
{
    public const string AllKeyword = "all";

    public static StakeholderTags Read(Fields fields, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var node = fields.Node("stakeholders");
        if (node is YamlScalar scalar)
        {
            if (scalar.Value == AllKeyword) return new StakeholderTags(true, []);
            diagnostics.Error(DiagnosticCodes.WrongType, scalar.Location, $"'stakeholders' must be a list of groups or the word 'all', not '{scalar.Value}'.",
                $"Write 'stakeholders: [{string.Join(", ", Suggestions.Nearest(scalar.Value, vocabulary.Stakeholders))}]' or 'stakeholders: all'.");
            return StakeholderTags.None;
        }
        var slugs = new List<string>();
        foreach (var entry in fields.TextList("stakeholders"))
        {
            if (entry.Value == AllKeyword)
                diagnostics.Error(DiagnosticCodes.InvalidValue, entry.Location, "'all' cannot be mixed with named groups.", "Write 'stakeholders: all' on its own, or list the groups.");
            else if (!vocabulary.Stakeholders.Contains(entry.Value))
            {
                if (vocabulary.StakeholdersComplete)
                    diagnostics.Error(DiagnosticCodes.UnknownStakeholder, entry.Location, $"Unknown stakeholder group '{entry.Value}'.",
                        Suggestions.DidYouMean(entry.Value, vocabulary.Stakeholders) ?? $"Known groups: {string.Join(", ", vocabulary.Stakeholders.Order(StringComparer.Ordinal))}.");
            }
            else if (slugs.Contains(entry.Value))
                diagnostics.Warning(DiagnosticCodes.DuplicateId, entry.Location, $"The stakeholder group '{entry.Value}' is listed twice.", "Remove the second one.");
            else slugs.Add(entry.Value);
        }
        return new StakeholderTags(false, slugs);
    }
}
