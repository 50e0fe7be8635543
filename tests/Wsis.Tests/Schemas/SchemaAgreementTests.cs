using Wsis.Diagnostics;
using Wsis.Tests.Support;

namespace Wsis.Tests.Schemas;

/// <summary>The JSON Schemas in schemas/ and the loader must agree: what one accepts the other accepts, and shape errors are caught by both.</summary>
public class SchemaAgreementTests
{
    public static TheoryData<string> RealYamlFiles() =>
        new(ContentSet.Real.Files.Keys.Where(p => SchemaCatalog.KindOf(p) is not null).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RealYamlFiles))]
    public void Every_content_file_validates_against_its_schema(string path)
    {
        var errors = SchemaCatalog.Errors(path, ContentSet.Real.Text(path));

        Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
    }

    [Theory]
    [MemberData(nameof(RealYamlFiles))]
    public void Every_content_file_names_its_schema_on_the_first_yaml_line(string path)
    {
        var lines = ContentSet.Real.Text(path).Split('\n');
        var first = path.EndsWith(".md", StringComparison.Ordinal) ? lines[1] : lines[0];
        const string prefix = "# yaml-language-server: $schema=";

        Assert.StartsWith(prefix, first);
        var target = Path.GetFullPath(Path.Combine(Repo.Content, Path.GetDirectoryName(path)!, first[prefix.Length..].Trim()));
        Assert.Equal(SchemaCatalog.PathOf(SchemaCatalog.KindOf(path)!), target);
    }

    [Fact]
    public void Every_kind_of_content_file_has_a_schema()
    {
        Assert.All(SchemaCatalog.Kinds, kind => Assert.True(File.Exists(SchemaCatalog.PathOf(kind)), kind));
        Assert.Equal(SchemaCatalog.Kinds.Order(), Directory.GetFiles(Path.Combine(Repo.Root, "schemas"), "*.schema.json")
            .Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order());
    }

    [Fact]
    public void Minimal_content_set_validates_against_the_schemas()
    {
        foreach (var path in ContentSet.Minimal.Files.Keys.Where(p => SchemaCatalog.KindOf(p) is not null))
            Assert.Empty(SchemaCatalog.Errors(path, ContentSet.Minimal.Text(path)));
    }

    [Fact]
    public void Stakeholder_slugs_in_the_schemas_are_those_of_stakeholders_yml()
    {
        var slugs = ContentSet.Real.Files.Keys.Contains("stakeholders.yml")
            ? SchemaCatalog.Json("stakeholders.yml", ContentSet.Real.Text("stakeholders.yml"))!["stakeholders"]!.Select(s => (string)s["slug"]!).Order().ToList()
            : [];
        foreach (var kind in new[] { "priorities", "roadmap" })
        {
            var schema = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(SchemaCatalog.PathOf(kind)));
            var listed = schema["definitions"]!["stakeholders"]!["anyOf"]![1]!["items"]!["enum"]!.Select(s => (string)s!).Order().ToList();
            Assert.Equal(slugs, listed);
        }
    }

    /// <summary>Shape errors: a file the loader rejects for a field's shape, and which the schema must reject too.</summary>
    public static TheoryData<string, string, string, string, string> ShapeErrors() => new()
    {
        { "site.yml", "language: en", "language: en\ncolour: red", DiagnosticCodes.UnknownField, "unknown field in site.yml" },
        { "site.yml", "title: Minimal site\n", "", DiagnosticCodes.MissingField, "missing title" },
        { "site.yml", "title: Minimal site", "title: [Minimal, site]", DiagnosticCodes.WrongType, "title as a list" },
        { "site.yml", "repository: https://github.com/example/wsis-site", "repository: javascript:alert(1)", DiagnosticCodes.InvalidValue, "repository not https" },
        { "sources.yml", "status: final", "status: finished", DiagnosticCodes.InvalidValue, "unknown source status" },
        { "sources.yml", "  - id: vision", "  - id: Vision", DiagnosticCodes.UnsafePath, "source id with a capital" },
        { "sources.yml", "    title: Vision\n", "", DiagnosticCodes.MissingField, "source without title" },
        { "sdgs.yml", "  - number: 17", "  - number: seventeen", DiagnosticCodes.WrongType, "goal number as a word" },
        { "sdgs.yml", "colour: \"#19486A\"", "colour: blue", DiagnosticCodes.InvalidValue, "colour not hex" },
        { "sdgs.yml", "targets: [\"17.16\"]", "targets: \"17.16\"", DiagnosticCodes.WrongType, "targets as text" },
        { "stakeholders.yml", "  - slug: itu", "  - slug: all", DiagnosticCodes.InvalidValue, "reserved slug all" },
        { "stakeholders.yml", "    description: National governments.", "    descripton: National governments.", DiagnosticCodes.UnknownField, "misspelt field" },
        { "action-lines/c2/action-line.md", "status: published", "status: live", DiagnosticCodes.InvalidValue, "unknown status" },
        { "action-lines/c2/action-line.md", "id: C2", "id: C12", DiagnosticCodes.InvalidValue, "action line C12" },
        { "action-lines/c2/action-line.md", "  - name: ITU\n    role: sole facilitator", "  - ITU", DiagnosticCodes.WrongType, "facilitator as text" },
        { "action-lines/c11/action-line.md", "  - id: regional", "  - id: Regional Cooperation", DiagnosticCodes.UnsafePath, "sub-line id with spaces" },
        { "action-lines/c11/priorities.yml", "  - number: 2", "  - number: two", DiagnosticCodes.WrongType, "priority number as a word" },
        { "action-lines/c11/priorities.yml", "  - number: 2", "  - number: 0", DiagnosticCodes.InvalidValue, "priority number 0" },
        { "action-lines/c11/priorities.yml", "    text: \"Develop a **coordinated approach** on regional issues.\"\n", "", DiagnosticCodes.MissingField, "priority without text" },
        { "action-lines/c11/priorities.yml", "stakeholders: [governments, civil-society]", "stakeholders: governments", DiagnosticCodes.WrongType, "stakeholders as one word" },
        { "action-lines/c11/priorities.yml", "stakeholders: [governments, civil-society]", "stakeholders: [governments, civil-societies]", DiagnosticCodes.UnknownStakeholder, "misspelt stakeholder" },
        { "action-lines/c11/priorities.yml", "sdgs: [\"9.1\"]", "sdgs: \"9.1\"", DiagnosticCodes.WrongType, "sdgs as text" },
        { "action-lines/c11/priorities.yml", "sdgs: [\"9.1\"]", "sdgs: [\"19\"]", DiagnosticCodes.UnknownSdg, "goal 19" },
        { "action-lines/c11/priorities.yml", "    note: \"An editor's note.\"", "    notes: \"An editor's note.\"", DiagnosticCodes.UnknownField, "notes for note" },
        { "action-lines/c2/roadmap.yml", "group: wsis10", "group: wsis-10", DiagnosticCodes.InvalidValue, "unknown group" },
        { "action-lines/c2/roadmap.yml", "label: \"A\"", "label: \"../A\"", DiagnosticCodes.UnsafePath, "label with a path" },
        { "action-lines/c2/roadmap.yml", "    expected_results:\n      - \"Better access\"", "    expected_results: Better access", DiagnosticCodes.WrongType, "expected results as text" },
        { "action-lines/c2/roadmap.yml", "      - target: \"17.16\"", "      - goal: \"17.16\"", DiagnosticCodes.UnknownField, "sdg link with goal field" },
        { "action-lines/c2/roadmap.yml", "    outcome: \"Governments should take action.\"\n", "", DiagnosticCodes.MissingField, "row without outcome" },
        { "action-lines/c2/roadmap.yml", "    itu_goals:\n      - \"Goal 1\"", "    itu_goals:\n      - {goal: 1}", DiagnosticCodes.WrongType, "itu goal as fields" },
        { "action-lines/c11/context.yml", "  - slug: evolution", "  - slug: Evolution!", DiagnosticCodes.UnsafePath, "section slug with punctuation" },
        { "action-lines/c11/context.yml", "  - period: 2004-2010\n", "  - title2: x\n", DiagnosticCodes.UnknownField, "milestone with unknown field" },
        { "action-lines/c11/context.yml", "    points: [Establishing mechanisms]", "    points: Establishing mechanisms", DiagnosticCodes.WrongType, "points as text" },
        { "pages/about.md", "order: 10", "order: first", DiagnosticCodes.WrongType, "order as a word" },
        { "pages/about.md", "action_lines: [C2]", "action_lines: [C2, C13]", DiagnosticCodes.UnknownReference, "action line C13" },
        { "pages/about.md", "title: About this publication\n", "", DiagnosticCodes.MissingField, "page without title" },
        { "pages/about.md", "order: 10", "order: 10\nlayout: wide", DiagnosticCodes.UnknownField, "page with unknown field" },
    };

    // Page names are file names, which a schema of the file's fields cannot see.
    private static readonly string[] ShapeCodes = [DiagnosticCodes.MissingField, DiagnosticCodes.WrongType, DiagnosticCodes.UnknownField, DiagnosticCodes.InvalidValue, DiagnosticCodes.UnsafePath];

    public static TheoryData<string> HostileShapeCases() =>
        new(Hostile.HostileCases.All
            .Where(c => ShapeCodes.Contains(c.Code) && SchemaCatalog.KindOf(c.File) is not null && !c.Name.StartsWith("path-page-", StringComparison.Ordinal))
            .Select(c => c.Name));

    [Theory]
    [MemberData(nameof(HostileShapeCases))]
    public void Every_shape_error_of_the_hostile_corpus_is_caught_by_the_schema_too(string name)
    {
        var @case = Hostile.HostileCases.Named(name);
        var content = @case.Content;

        Assert.NotEmpty(SchemaCatalog.Errors(@case.File, content.Text(@case.File)));
    }

    [Theory]
    [MemberData(nameof(ShapeErrors))]
    public void A_file_the_loader_rejects_for_its_shape_the_schema_rejects_too(string path, string old, string replacement, string code, string why)
    {
        var content = ContentSet.Minimal.Replace(path, old, replacement);

        var result = content.Build();
        var schemaErrors = SchemaCatalog.Errors(path, content.Text(path));

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == code && d.Location.Path == path);
        Assert.True(schemaErrors.Count > 0, $"The schema accepts what the loader rejects ({why}).");
    }
}
