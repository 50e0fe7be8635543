using Wsis.Tests.Support;

namespace Wsis.Tests.Editions;

/// <summary>The changes an editor makes between two editions, each a small edit of the minimal content.</summary>
public static class EditionCases
{
    private const string Priorities = "action-lines/c11/priorities.yml";
    private const string Roadmap = "action-lines/c2/roadmap.yml";

    public static ContentSet ChangedWord => ContentSet.Minimal.Replace(Priorities, "on regional issues.", "on regional matters.");

    public static ContentSet RemovedRow => ContentSet.Minimal.Replace(Roadmap, Roadmap_wsis10_a, "");

    public static ContentSet AddedPriority => ContentSet.Minimal.With(Priorities, ContentSet.Minimal.Text(Priorities) + """
          - number: 3
            key_phrase: "shared platforms"
            text: "Build **shared platforms** for regional data."
            sdgs: ["9.c"]
            stakeholders: [itu]

        """);

    public static ContentSet RetaggedSdg => ContentSet.Minimal.Replace(Priorities, "sdgs: [\"9.1\"]", "sdgs: [\"9.c\"]");

    /// <summary>The same values written otherwise: other quoting, folded text, keys in another order, comments.</summary>
    public static ContentSet ReformatOnly => ContentSet.Minimal.With(Priorities, """
        # yaml-language-server: $schema=../../../../../../schemas/priorities.schema.json
        # Reformatted: nothing a reader sees changes.
        source: vision
        priorities:
          - key_phrase: regional coordination
            number: 1
            stakeholders: all   # every group
            text: >-
              Promote **regional coordination**
              at all   levels.
            sdgs:
              - "9.1"
          - text: 'Develop a **coordinated approach** on regional issues.'
            number: 2
            note: An editor's note.
            key_phrase: coordinated approach
            sdgs: []
            stakeholders:
              - governments
              - civil-society

        """);

    private const string Roadmap_wsis10_a = """
          - group: wsis10
            label: "a"
            outcome: |
              Develop and strengthen:

              - i. broadband access;
              - ii. affordability.
            sdgs:
              - target: "17.16"
                text: "Enhance the global partnership."
            expected_results:
              - "Better access"
            itu_activities:
              - "Direct assistance"
            stakeholders: all

        """;
}
