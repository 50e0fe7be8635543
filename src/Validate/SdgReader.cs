using System.Globalization;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Reads an item's `sdgs:` field: goals ("9"), targets ("9.c"), or targets with the text the source gives.</summary>
public static class SdgReader
{
    public static IReadOnlyList<SdgLink> Read(Fields fields, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var links = new List<SdgLink>();
        foreach (var entry in fields.List("sdgs"))
        {
            var link = entry switch
            {
                YamlScalar { IsNull: false } scalar => Resolve(scalar.Value, null, scalar.Location, vocabulary, diagnostics),
                YamlMapping => ReadWithText(entry, vocabulary, diagnostics),
                _ => Invalid(entry, diagnostics),
            };
            if (link is null) continue;
            if (links.Any(l => l.Key == link.Key))
                diagnostics.Warning(DiagnosticCodes.DuplicateId, entry.Location, $"The SDG link '{link.Key}' is listed twice.", "Remove the second one.");
            else links.Add(link);
        }
        return links;
    }

    private static SdgLink? ReadWithText(YamlNode entry, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var fields = Fields.Of(entry, entry.Location, "an SDG target link", diagnostics, "target", "text");
        if (fields is null) return null;
        var target = fields.RequiredText("target");
        return target.Length == 0 ? null : Resolve(target, fields.Text("text"), fields.LocationOf("target"), vocabulary, diagnostics);
    }

    private static SdgLink? Invalid(YamlNode entry, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCodes.WrongType, entry.Location, $"An SDG link must be a goal such as \"9\" or a target such as \"9.c\", found {entry.KindName}.",
            "Write each link as '- \"9.c\"', or as '- target: \"9.c\"' with 'text: …' below it.");
        return null;
    }

    private static SdgLink? Resolve(string value, string? text, SourceLocation at, Vocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var trimmed = value.Trim();
        var dot = trimmed.IndexOf('.');
        var goalPart = dot < 0 ? trimmed : trimmed[..dot];
        if (!int.TryParse(goalPart, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !vocabulary.Goals.TryGetValue(number, out var goal))
        {
            if (!vocabulary.GoalsComplete) return null;
            diagnostics.Error(DiagnosticCodes.UnknownSdg, at, $"Unknown SDG '{value}'.",
                $"Goals are numbered 1 to {Math.Max(17, vocabulary.Goals.Count)}; a target is written like \"9.c\".");
            return null;
        }
        if (dot < 0)
        {
            if (text is not null)
                diagnostics.Error(DiagnosticCodes.InvalidValue, at, $"'{value}' is a goal, but target text is given.", "Give the target number, such as \"9.c\", or remove 'text'.");
            return new SdgLink(number, null, null);
        }
        if (!goal.Targets.Contains(trimmed))
        {
            if (!vocabulary.GoalsComplete) return null;
            diagnostics.Error(DiagnosticCodes.UnknownSdg, at, $"Unknown SDG target '{value}': goal {number} has no such target.",
                $"Targets of goal {number}: {string.Join(", ", goal.Targets)}.");
            return null;
        }
        return new SdgLink(number, trimmed, string.IsNullOrWhiteSpace(text) ? null : text.Trim());
    }
}
