using System.Globalization;
using System.Text;

namespace Wsis.Sample;

/// <summary>Writes a sample publication in the project's own content format (docs/content-format.md).</summary>
public static class ContentFormat
{
    /// <summary>Marks a folder as written by `sample`, so that writing a new sample over it may delete the old one.</summary>
    public const string Marker = ".wsis-sample";
    public const string SourceId = "sample-source";

    public static IReadOnlyList<SampleFile> Files(SamplePublication sample)
    {
        var files = new List<SampleFile>
        {
            new(Marker, $"A synthetic publication of {sample.Items.Count} items written by 'dotnet run -- sample'. Safe to delete.\n"),
            new("site.yml", $"""
                # yaml-language-server: $schema=../schemas/site.schema.json
                title: "Sample publication"
                description: "A synthetic publication of {sample.Items.Count} items, for benchmarks and tests."
                language: en
                repository: https://github.com/example/wsis-sample
                branch: main
                unpublished: [{Marker}]

                """),
            new("sources.yml", $"""
                # yaml-language-server: $schema=../schemas/sources.schema.json
                sources:
                  - id: {SourceId}
                    title: "Sample source document"
                    file: sample.txt
                    publisher: "Sample generator"
                    date: "2025"
                    status: final

                """),
            new("sources/sample.txt", "Sample source document.\n\nEvery item of this publication is synthetic text made by the sample generator.\n"),
            new("sdgs.yml", Goals(sample)),
            new("stakeholders.yml", Stakeholders(sample)),
            new("pages/about.md", """
                ---
                # yaml-language-server: $schema=../../schemas/page.schema.json
                title: About this sample
                description: What this synthetic publication is for.
                order: 10
                ---
                This publication is **synthetic**: it was written by `dotnet run -- sample` to measure and test the generator.

                """),
        };
        foreach (var line in sample.Items.GroupBy(i => i.ActionLine).OrderBy(g => g.Key))
        {
            var folder = $"action-lines/c{line.Key}/";
            files.Add(new(folder + "action-line.md", $"""
                ---
                # yaml-language-server: $schema=../../../schemas/action-line.schema.json
                id: C{line.Key}
                title: "Sample action line {line.Key}"
                facilitators:
                  - name: Sample facilitator
                    role: lead facilitator
                source: {SourceId}
                status: published
                ---
                Action line C{line.Key} of the sample publication, with {line.Count()} synthetic items.

                """));
            var priorities = line.Where(i => i.IsPriority).ToList();
            if (priorities.Count > 0) files.Add(new(folder + "priorities.yml", Priorities(priorities)));
            var rows = line.Where(i => !i.IsPriority).ToList();
            if (rows.Count > 0) files.Add(new(folder + "roadmap.yml", Roadmap(rows)));
        }
        return files;
    }

    private static string Goals(SamplePublication sample)
    {
        var text = new StringBuilder("# yaml-language-server: $schema=../schemas/sdgs.schema.json\ngoals:\n");
        foreach (var goal in sample.Goals)
            text.Append(CultureInfo.InvariantCulture, $"  - number: {goal.Number}\n    name: {Quote(goal.Name)}\n    colour: \"{goal.Colour}\"\n    targets: [{string.Join(", ", goal.Targets.Select(Quote))}]\n");
        return text.ToString();
    }

    private static string Stakeholders(SamplePublication sample)
    {
        var text = new StringBuilder("# yaml-language-server: $schema=../schemas/stakeholders.schema.json\nstakeholders:\n");
        foreach (var group in sample.Stakeholders)
            text.Append(CultureInfo.InvariantCulture, $"  - slug: {group.Slug}\n    name: {Quote(group.Name)}\n    description: {Quote(group.Description)}\n");
        return text.ToString();
    }

    private static string Priorities(IEnumerable<SampleItem> items)
    {
        var text = new StringBuilder($"# yaml-language-server: $schema=../../../schemas/priorities.schema.json\nsource: {SourceId}\npriorities:\n");
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - number: {item.Number}\n    key_phrase: {Quote(item.KeyPhrase)}\n    text: {Quote(item.Body)}\n");
            AppendTags(text, item);
        }
        return text.ToString();
    }

    private static string Roadmap(IEnumerable<SampleItem> items)
    {
        var text = new StringBuilder($"# yaml-language-server: $schema=../../../schemas/roadmap.schema.json\nsource: {SourceId}\nrows:\n");
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - group: {item.Group}\n    label: {Quote(item.Label)}\n    outcome: |\n");
            foreach (var line in item.Body.TrimEnd('\n').Split('\n'))
                text.Append(line.Length == 0 ? "\n" : $"      {line}\n");
            text.Append("    timing: \"2016-2019\"\n    itu_goals: [\"Goal 1\"]\n    expected_results:\n");
            foreach (var result in item.ExpectedResults) text.Append("      - ").Append(Quote(result)).Append('\n');
            AppendTags(text, item);
        }
        return text.ToString();
    }

    private static void AppendTags(StringBuilder text, SampleItem item) =>
        text.Append("    sdgs: [").Append(string.Join(", ", item.Sdgs.Select(Quote))).Append("]\n")
            .Append("    stakeholders: [").Append(string.Join(", ", item.Stakeholders)).Append("]\n");

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
