using System.Text;

namespace Wsis.Tests.Support;

/// <summary>
/// A whole site in a few lines of text, as Hugo's integration tests write theirs: one goal, two stakeholder groups, one
/// source, one action line with two priorities and an about page. An engine test replaces or adds the files it is about, so that
/// editing the publication in content/ can never break it.
/// </summary>
public static class SmallSite
{
    public const string Priorities = "action-lines/c1/priorities.yml";
    public const string ActionLine = "action-lines/c1/action-line.md";
    /// <summary>The templates link every page to /about/, so a site has one.</summary>
    public const string About = "pages/about.md";

    private static readonly (string Path, string Text)[] Files =
    [
        ("site.yml", """
            title: Small site
            description: One action line with two priorities.
            language: en
            repository: https://github.com/example/small
            branch: main
            content_date: 2025-06-01
            """),
        ("sdgs.yml", """
            goals:
              - number: 9
                name: Industry, innovation and infrastructure
                colour: "#FD6925"
                targets: ["9.1", "9.c"]
            """),
        ("stakeholders.yml", """
            stakeholders:
              - slug: governments
                name: Governments
                description: National governments.
              - slug: civil-society
                name: Civil society
                description: Non-governmental organisations.
            """),
        ("sources.yml", """
            sources:
              - id: vision
                title: Vision
                file: vision.txt
                status: final
            """),
        ("sources/vision.txt", "The vision, verbatim.\n"),
        (ActionLine, """
            ---
            id: C1
            title: The role of governments
            facilitators:
              - name: UN DESA
                role: lead facilitator
            source: vision
            status: published
            ---
            The overview of C1.
            """),
        (Priorities, """
            source: vision
            priorities:
              - number: 1
                key_phrase: "coordination"
                text: "Promote **coordination** at all levels."
                sdgs: ["9.1"]
                stakeholders: all
              - number: 2
                key_phrase: "shared approach"
                text: "Develop a **shared approach** to common issues."
                sdgs: []
                stakeholders: [governments]
            """),
        (About, """
            ---
            title: About this site
            description: What this site publishes.
            source: vision
            ---
            The texts are transcribed from the [sources](/background/).
            """),
    ];

    public static ContentSet Content { get; } = new(Files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text + "\n"), StringComparer.Ordinal));

    /// <summary>The small site with files replaced or added, each given as its whole text.</summary>
    public static ContentSet With(params (string Path, string Text)[] files) =>
        files.Aggregate(Content, (content, file) => content.With(file.Path, file.Text + "\n"));
}
