using System.Globalization;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Validate;

namespace Wsis.Editions;

/// <summary>Reads content/editions.yml: the editions, oldest first. The file is optional: without it the site has no editions pages.</summary>
public static class EditionList
{
    public const string FileName = "editions.yml";

    public static IReadOnlyList<Edition> Read(SourceFile? file, DiagnosticBag diagnostics)
    {
        if (file is null) return [];
        var root = BlankYaml.Is(file.Text) ? null : YamlTreeParser.Parse(file, file.Text, 1, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrorsIn(file.Path))
                diagnostics.Error(DiagnosticCodes.MissingField, SourceLocation.File(file.Path), "editions.yml lists no editions.",
                    "List them under 'editions:', oldest first, or remove the file (docs/editing.md, Editions).");
            return [];
        }
        var fields = Fields.Of(root, SourceLocation.File(file.Path), FileName, diagnostics, "editions");
        var result = new List<Edition>();
        foreach (var node in fields?.List("editions", required: true) ?? [])
        {
            var entry = Fields.Of(node, node.Location, "an edition", diagnostics, "id", "title", "date", "ref", "summary");
            if (entry is null) continue;
            var id = entry.RequiredText("id");
            CatalogReader.CheckSlug(id, entry.LocationOf("id"), "edition id", diagnostics);
            CatalogReader.CheckUnique(id, result.Select(e => e.Id), entry.LocationOf("id"), "edition", diagnostics);
            var date = entry.RequiredText("date");
            if (date.Length > 0 && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                diagnostics.Error(DiagnosticCodes.InvalidValue, entry.LocationOf("date"), $"'{date}' is not a date.", "Write the date as YYYY-MM-DD, such as 2026-01-15.");
            else if (result.LastOrDefault(e => e.Date.Length > 0) is { } previous && string.CompareOrdinal(date, previous.Date) < 0)
                diagnostics.Error(DiagnosticCodes.EditionOrder, entry.LocationOf("date"),
                    $"The edition '{id}' is dated {date}, before the edition listed above it ('{previous.Id}', {previous.Date}).",
                    "List the editions oldest first, or correct the date.");
            result.Add(new Edition
            {
                Id = id,
                Title = entry.RequiredText("title"),
                Date = date,
                Ref = entry.RequiredText("ref"),
                Summary = entry.Markdown("summary"),
                Location = entry.Location,
                RefLocation = entry.LocationOf("ref"),
            });
        }
        return result;
    }
}
