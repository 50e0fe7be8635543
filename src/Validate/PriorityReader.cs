using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Reads an action line's priorities.yml.</summary>
public static class PriorityReader
{
    public static IReadOnlyList<Priority> Read(YamlDocument document, string actionLineId, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var root = Fields.OfDocument(document, "priorities.yml", diagnostics, "source", "priorities");
        if (root is null) return [];
        var source = ActionLineReader.RequiredSource(root, vocabulary, diagnostics);
        var result = new List<Priority>();
        var numbers = new HashSet<int>(); // the numbers in result, so a duplicate is found without scanning it
        foreach (var node in root.List("priorities", required: true))
        {
            var fields = Fields.Of(node, node.Location, "a priority", diagnostics, "number", "key_phrase", "text", "sdgs", "stakeholders", "note");
            if (fields is null) continue;
            var number = fields.Integer("number", required: true);
            if (number is < 1)
                diagnostics.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("number"), $"Priority numbers start at 1, not {number}.", "Number the priorities 1, 2, 3 …");
            if (number is not null && numbers.Contains(number.Value))
                diagnostics.Error(DiagnosticCodes.DuplicateId, fields.LocationOf("number"), $"Priority {number} of {actionLineId} is defined twice.",
                    $"Give it the next free number, {result.Max(p => p.Number) + 1}.");
            var keyPhrase = fields.RequiredText("key_phrase");
            var text = fields.RequiredMarkdown("text");
            if (keyPhrase.Length > 0 && text.Length > 0 && !text.Contains(keyPhrase, StringComparison.Ordinal))
                diagnostics.Warning(DiagnosticCodes.InvalidValue, fields.LocationOf("key_phrase"), $"The key phrase '{keyPhrase}' does not occur in the text.",
                    "Copy the bold phrase from the text exactly.");
            if (fields.Node("sdgs") is null && node is YamlMapping map && map["sdgs"] is null)
                diagnostics.Warning(DiagnosticCodes.NoSdg, fields.Location, $"Priority {number} of {actionLineId} has no SDG link.",
                    "Add 'sdgs: [\"9.c\"]', or 'sdgs: []' if the source gives none.");
            numbers.Add(number ?? 0);
            result.Add(new Priority
            {
                ActionLineId = actionLineId,
                Number = number ?? 0,
                KeyPhrase = keyPhrase,
                Text = text,
                Sdgs = SdgReader.Read(fields, vocabulary, diagnostics),
                Stakeholders = StakeholderReader.Read(fields, vocabulary, diagnostics),
                Note = fields.Text("note"),
                SourceId = source,
                Location = fields.Location,
            });
        }
        return result;
    }
}
