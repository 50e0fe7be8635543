using System.Text.RegularExpressions;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Reads the publication-wide files: site settings, sources, goals and stakeholder groups.</summary>
public static partial class CatalogReader
{
    public static readonly string[] SourceStatuses = ["draft", "final", "contribution", "background", "slides"];

    [GeneratedRegex("^#[0-9A-Fa-f]{6}\\z")]
    private static partial Regex ColourPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\\z")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[A-Za-z0-9._/-]+\\z")]
    private static partial Regex BranchPattern();

    public static SiteSettings ReadSite(YamlDocument? document, DiagnosticBag diagnostics)
    {
        var fields = Fields.OfDocument(document, "site.yml", diagnostics,
                "title", "description", "language", "repository", "branch", "content_date", "base_url", "unpublished");
        return new SiteSettings
        {
            Title = fields?.RequiredText("title") ?? "",
            Description = fields?.RequiredText("description") ?? "",
            Language = Checked(fields, "language", LanguagePattern().IsMatch, "a language code such as 'en' or 'fr-CH'", diagnostics) ?? "en",
            Repository = Checked(fields, "repository", v => IsWebAddress(v, httpsOnly: true), "the repository's https:// address, such as https://github.com/owner/name", diagnostics)?.TrimEnd('/'),
            Branch = Checked(fields, "branch", v => BranchPattern().IsMatch(v) && !v.Contains("..", StringComparison.Ordinal), "a branch name such as 'main'", diagnostics) ?? "main",
            BaseUrl = Checked(fields, "base_url", v => IsWebAddress(v, httpsOnly: false), "the site's address, such as https://example.org", diagnostics)?.TrimEnd('/'),
            ContentDate = fields?.Text("content_date"),
        };
    }

    // These values end up in links and headers of every page, so only well-formed ones get through.
    private static string? Checked(Fields? fields, string name, Func<string, bool> isValid, string expected, DiagnosticBag diagnostics)
    {
        var value = fields?.Text(name);
        if (value is null || isValid(value)) return value;
        diagnostics.Error(DiagnosticCodes.InvalidValue, fields!.LocationOf(name), $"'{value}' is not a valid {name}.", $"Write {expected}.");
        return null;
    }

    private static bool IsWebAddress(string value, bool httpsOnly) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!httpsOnly && uri.Scheme == Uri.UriSchemeHttp))
        && uri.Host.Length > 0 && value.All(c => c > ' ' && c < 127 && c is not '"' and not '\'' and not '<' and not '>');

    public static IReadOnlyList<SourceDocument> ReadSources(YamlDocument? document, IReadOnlyDictionary<string, SourceFile> texts, DiagnosticBag diagnostics)
    {
        var root = Fields.OfDocument(document, "sources.yml", diagnostics, "sources");
        var result = new List<SourceDocument>();
        foreach (var node in root?.List("sources", required: true) ?? [])
        {
            var fields = Fields.Of(node, node.Location, "a source", diagnostics, "id", "title", "file", "publisher", "date", "status", "note", "disclaimer");
            if (fields is null) continue;
            var id = fields.RequiredText("id");
            CheckSlug(id, fields.LocationOf("id"), "source id", diagnostics);
            CheckUnique(id, result.Select(s => s.Id), fields.LocationOf("id"), "source", diagnostics);
            var file = fields.RequiredText("file");
            var status = fields.RequiredText("status");
            CheckVocabulary(status, SourceStatuses, fields.LocationOf("status"), "status", diagnostics);
            if (file.Length > 0 && !texts.ContainsKey(file))
                diagnostics.Error(DiagnosticCodes.MissingFile, fields.LocationOf("file"), $"The source text '{file}' is not in content/sources/.",
                    Suggestions.DidYouMean(file, texts.Keys) ?? "Copy the source text into content/sources/ under this name.");
            result.Add(new SourceDocument
            {
                Id = id,
                Title = fields.RequiredText("title"),
                File = file,
                Publisher = fields.Text("publisher"),
                Date = fields.Text("date"),
                Status = status,
                Note = fields.Text("note"),
                Disclaimer = fields.Text("disclaimer"),
                Text = texts.GetValueOrDefault(file)?.Text ?? "",
            });
        }
        return result;
    }

    public static IReadOnlyList<Goal> ReadGoals(YamlDocument? document, DiagnosticBag diagnostics)
    {
        var root = Fields.OfDocument(document, "sdgs.yml", diagnostics, "goals");
        var result = new List<Goal>();
        foreach (var node in root?.List("goals", required: true) ?? [])
        {
            var fields = Fields.Of(node, node.Location, "a goal", diagnostics, "number", "name", "colour", "targets");
            if (fields is null) continue;
            var number = fields.Integer("number", required: true) ?? 0;
            if (number is < 1 or > 17 && fields.Node("number") is not null)
                diagnostics.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("number"), $"There is no SDG {number}.", "Goals are numbered 1 to 17.");
            else if (number > 0)
                CheckUnique(number.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Select(g => g.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), fields.LocationOf("number"), "goal", diagnostics);
            var colour = fields.RequiredText("colour");
            if (colour.Length > 0 && !ColourPattern().IsMatch(colour))
                diagnostics.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("colour"), $"The colour '{colour}' is not a hex colour.", "Write it as \"#RRGGBB\", in quotes.");
            var targets = new List<string>();
            foreach (var target in fields.TextList("targets"))
            {
                if (!target.Value.StartsWith($"{number}.", StringComparison.Ordinal) || !Slugs.IsSafeLabel(target.Value[(number.ToString().Length + 1)..]))
                    diagnostics.Error(DiagnosticCodes.InvalidValue, target.Location, $"The target '{target.Value}' does not belong to goal {number}.",
                        $"Targets of goal {number} are written '{number}.1', '{number}.a' …");
                else targets.Add(target.Value);
            }
            result.Add(new Goal { Number = number, Name = fields.RequiredText("name"), Colour = colour.ToUpperInvariant(), Targets = targets });
        }
        return result;
    }

    public static IReadOnlyList<StakeholderGroup> ReadStakeholders(YamlDocument? document, DiagnosticBag diagnostics)
    {
        var root = Fields.OfDocument(document, "stakeholders.yml", diagnostics, "stakeholders");
        var result = new List<StakeholderGroup>();
        foreach (var node in root?.List("stakeholders", required: true) ?? [])
        {
            var fields = Fields.Of(node, node.Location, "a stakeholder group", diagnostics, "slug", "name", "description");
            if (fields is null) continue;
            var slug = fields.RequiredText("slug");
            CheckSlug(slug, fields.LocationOf("slug"), "stakeholder slug", diagnostics);
            CheckUnique(slug, result.Select(s => s.Slug), fields.LocationOf("slug"), "stakeholder group", diagnostics);
            if (slug == StakeholderReader.AllKeyword)
                diagnostics.Error(DiagnosticCodes.InvalidValue, fields.LocationOf("slug"), "'all' is reserved for items addressed to every stakeholder.", "Choose another slug.");
            result.Add(new StakeholderGroup { Slug = slug, Name = fields.RequiredText("name"), Description = fields.RequiredText("description") });
        }
        return result;
    }

    internal static void CheckUnique(string value, IEnumerable<string> earlier, SourceLocation at, string what, DiagnosticBag diagnostics)
    {
        if (value.Length == 0 || !earlier.Contains(value, StringComparer.Ordinal)) return;
        diagnostics.Error(DiagnosticCodes.DuplicateId, at, $"The {what} '{value}' is defined twice.", "Keep one definition and remove the other, or give this one its own id.");
    }

    internal static void CheckSlug(string value, SourceLocation at, string what, DiagnosticBag diagnostics)
    {
        if (value.Length == 0 || Slugs.IsSafe(value)) return;
        diagnostics.Error(DiagnosticCodes.UnsafePath, at, $"The {what} '{value}' cannot be used in a web address.", $"Use {Slugs.Rule}.");
    }

    internal static void CheckVocabulary(string value, IReadOnlyCollection<string> allowed, SourceLocation at, string field, DiagnosticBag diagnostics)
    {
        if (value.Length == 0 || allowed.Contains(value)) return;
        diagnostics.Error(DiagnosticCodes.InvalidValue, at, $"'{value}' is not a valid {field}.",
            Suggestions.DidYouMean(value, allowed) ?? $"Use one of: {string.Join(", ", allowed)}.");
    }
}
