using System.Text;
using Wsis.Tests.Support;
using static Wsis.Diagnostics.DiagnosticCodes;

namespace Wsis.Tests.Hostile;

/// <summary>The corpus: each case changes the minimal content set in one place. Line numbers refer to Fixtures/minimal.</summary>
public static class HostileCases
{
    private const string Site = "site.yml", Sources = "sources.yml", Sdgs = "sdgs.yml", Stakeholders = "stakeholders.yml";
    private const string C2 = "action-lines/c2/action-line.md", Roadmap = "action-lines/c2/roadmap.yml";
    private const string C11 = "action-lines/c11/action-line.md", Priorities = "action-lines/c11/priorities.yml", Context = "action-lines/c11/context.yml";
    private const string Page = "pages/about.md";

    private const string Script = "<script>alert(1)</script>";
    private const string Handler = "<img src=x onerror=alert(1)>";
    private const string SvgHandler = "<svg onload=alert(1)>";

    private static Func<ContentSet, ContentSet> R(string file, string old, string replacement) => c => c.Replace(file, old, replacement);

    private static Func<ContentSet, ContentSet> Bytes(string file, byte[] bytes) => c => c.With(file, bytes);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static readonly IReadOnlyList<HostileCase> All =
    [
        // Malformed YAML, at several places.
        new("yaml-unclosed-quote", R(Priorities, "at all levels.\"", "at all levels."), YamlSyntax, Priorities, 6),
        new("yaml-bad-indentation", R(Roadmap, "    timing: \"2016-2019\"", "   timing: \"2016-2019\""), YamlSyntax, Roadmap, 7),
        new("yaml-tab-indentation", R(Sdgs, "    name: Partnerships", "\tname: Partnerships"), TabIndentation, Sdgs, 8),
        new("yaml-tab-after-spaces", R(Stakeholders, "    description: National", "  \tdescription: National"), TabIndentation, Stakeholders, 5),
        new("yaml-duplicate-field", R(Site, "language: en", "language: en\ntitle: Second title"), DuplicateId, Site, 5),
        new("yaml-two-documents", c => c.With(Stakeholders, c.Text(Stakeholders) + "---\nstakeholders: []\n"), YamlSyntax, Stakeholders, 12),
        new("yaml-unknown-alias", R(Sources, "    publisher: ITU", "    publisher: *nobody"), YamlSyntax, Sources, 6),
        new("yaml-nesting-bomb", R(Site, "language: en", "language: " + new string('[', 200) + new string(']', 200)), NestingTooDeep, Site, 4),
        new("yaml-colon-in-plain-text", R(Sources, "    note: A note on the roadmaps.", "    note: Note: the roadmaps: revised"), YamlSyntax, Sources, 9),
        new("markdown-nesting-bomb", R(Page, "## Where the texts come from", new string('>', 300) + " deep"), NestingTooDeep, Page, 9),
        new("front-matter-missing", R(Page, "---\n# yaml", "# yaml"), FrontMatter, Page, 1),
        new("front-matter-unclosed", R(C11, "---\nThe overview", "The overview"), FrontMatter, C11, 1),
        new("front-matter-bad-yaml", R(Page, "action_lines: [C2]", "action_lines: [C2"), YamlSyntax, Page, 6),

        // Each wrong type.
        new("wrong-type-priority-number", R(Priorities, "  - number: 2", "  - number: two"), WrongType, Priorities, 9),
        new("wrong-type-stakeholders-word", R(Priorities, "stakeholders: [governments, civil-society]", "stakeholders: governments"), WrongType, Priorities, 13),
        new("wrong-type-sdgs-fields", R(Priorities, "sdgs: [\"9.1\"]", "sdgs: {goal: 9}"), WrongType, Priorities, 7),
        new("wrong-type-facilitators-text", R(C2, "  - name: ITU\n    role: sole facilitator", "  - ITU"), WrongType, C2, 6),
        new("wrong-type-targets-text", R(Sdgs, "targets: [\"17.16\"]", "targets: \"17.16\""), WrongType, Sdgs, 10),
        new("wrong-type-root-list", c => c.With(Site, "- title: Minimal site\n- description: A list, not fields.\n"), WrongType, Site, 1),
        new("wrong-type-order-word", R(Page, "order: 10", "order: first"), WrongType, Page, 7),
        new("wrong-type-title-list", R(C11, "title: International and regional cooperation", "title: [International, regional]"), WrongType, C11, 4),
        new("wrong-type-expected-result-fields", R(Roadmap, "      - \"Better access\"", "      - result: Better access"), WrongType, Roadmap, 28),

        // Missing things.
        new("missing-outcome", R(Roadmap, "    outcome: \"Governments should take action.\"\n", ""), MissingField, Roadmap, 4),
        new("missing-action-line-id", R(C2, "id: C2\n", ""), MissingField, C2, 3),
        new("empty-action-line-id", R(C11, "id: C11", "id:"), MissingField, C11, 3),
        new("empty-key-phrase", R(Priorities, "key_phrase: \"regional coordination\"", "key_phrase: \"\""), MissingField, Priorities, 5),
        new("missing-sources-file", c => c.Without(Sources), MissingFile, Sources, 1),
        new("missing-action-line-file", c => c.Without(C2), MissingFile, C2, 1),
        new("missing-source-text", R(Sources, "file: vision.txt", "file: visions.txt"), MissingFile, Sources, 12),
        // Text that would vanish without a word: an emptied file, a stray copy, a file where the build does not look.
        new("only-a-comment-priorities", c => c.With(Priorities, "# the priorities are elsewhere\n"), EmptyFile, Priorities, 1),
        new("only-a-comment-site", c => c.With(Site, "# site settings\n\n"), EmptyFile, Site, 1),
        new("only-a-comment-front-matter", c => c.With(C11, "---\n# nothing here\n---\nThe overview.\n"), EmptyFile, C11, 1),
        new("empty-front-matter-page", c => c.With(Page, "---\n---\nA page without fields.\n"), EmptyFile, Page, 1),
        new("stray-copy-of-a-roadmap", c => c.With("action-lines/c2/zz-copy-roadmap.yml", c.Files[Roadmap]), UnexpectedFile, "action-lines/c2/zz-copy-roadmap.yml", 1),
        new("file-beside-the-layout", c => c.With("notes.md", "# Notes\n\nDraft text.\n"), UnexpectedFile, "notes.md", 1),
        new("picture-beside-the-layout", c => c.With("pages/logo.png", [0x89, 0x50, 0x4E, 0x47]), UnexpectedFile, "pages/logo.png", 1),
        new("unpublished-not-a-list", R(Site, "language: en", "language: en\nunpublished: notes.md"), WrongType, Site, 5),
        new("unpublished-outside-content", R(Site, "language: en", "language: en\nunpublished: [../etc/passwd]"), InvalidValue, Site, 5),
        new("path-page-name-ending-in-newline", c => c.With("pages/about\n.md", c.Files[Page]).Without(Page), UnsafePath, "pages/about\n.md", 1),
        new("unknown-field-page", R(Page, "order: 10", "order: 10\nlayout: wide"), UnknownField, Page, 8),
        new("unknown-field-misspelt", R(Roadmap, "    itu_activities:\n      - \"Assessment", "    itu_activity:\n      - \"Assessment"), UnknownField, Roadmap, 13),

        // Missing and duplicate ids.
        new("duplicate-priority-number", R(Priorities, "  - number: 2", "  - number: 1"), DuplicateId, Priorities, 9),
        new("duplicate-label-differing-by-case", R(Roadmap, "  - group: wsis10", "  - group: geneva"), DuplicateId, Roadmap, 18),
        new("duplicate-source-id", R(Sources, "  - id: vision", "  - id: roadmaps"), DuplicateId, Sources, 10),
        new("duplicate-stakeholder-slug", R(Stakeholders, "  - slug: itu", "  - slug: governments"), DuplicateId, Stakeholders, 9),
        new("duplicate-goal-number", R(Sdgs, "  - number: 17", "  - number: 9"), DuplicateId, Sdgs, 7),
        new("duplicate-section-slug", R(Context, "milestones:", "  - slug: evolution\n    title: Again\nmilestones:"), DuplicateId, Context, 10),
        new("duplicate-sub-line-id", R(C11, "    facilitators: [{name: UNECA}]", "    facilitators: [{name: UNECA}]\n  - id: regional\n    title: Twice"), DuplicateId, C11, 14),

        // Unknown SDG, target and stakeholder; dangling cross-references.
        new("unknown-sdg-goal", R(Priorities, "sdgs: [\"9.1\"]", "sdgs: [\"19\"]"), UnknownSdg, Priorities, 7),
        new("unknown-sdg-target", R(Priorities, "sdgs: [\"9.1\"]", "sdgs: [\"9.x\"]"), UnknownSdg, Priorities, 7),
        new("unknown-sdg-target-with-text", R(Roadmap, "      - target: \"17.16\"", "      - target: \"17.99\""), UnknownSdg, Roadmap, 25),
        new("unknown-stakeholder-misspelt", R(Priorities, "[governments, civil-society]", "[governments, civil-societies]"), UnknownStakeholder, Priorities, 13),
        new("unknown-source", R(Priorities, "source: vision", "source: visions"), UnknownSource, Priorities, 2),
        new("dangling-related-page", R(C2, "related_pages: [about]", "related_pages: [abuot]"), UnknownReference, C2, 11),
        new("dangling-action-line", R(Page, "action_lines: [C2]", "action_lines: [C2, C13]"), UnknownReference, Page, 6),
        new("broken-internal-link", R(Page, "[sources](/background/)", "[sources](/no-such-page/)"), BrokenLink, Page, 11),
        new("missing-fragment", R(C2, "- second point", "- second [point](/sdgs/9/#target-9-z)"), MissingFragment, C2, 16),
        new("unknown-roadmap-group", R(Roadmap, "group: wsis10", "group: wsis+10"), InvalidValue, Roadmap, 17),
        new("unknown-status", R(C2, "status: published", "status: live"), InvalidValue, C2, 10),

        // Slugs, labels and ids that would write outside the output folder or collide.
        new("path-label-dot-dot", R(Roadmap, "label: \"A\"", "label: \"../../../etc\""), UnsafePath, Roadmap, 5),
        new("path-source-id-slash", R(Sources, "  - id: vision", "  - id: ../vision"), UnsafePath, Sources, 10),
        new("path-sub-line-absolute", R(C11, "  - id: regional", "  - id: /etc/passwd"), UnsafePath, C11, 11),
        new("path-section-slug-backslash", R(Context, "  - slug: evolution", "  - slug: ..\\\\evolution"), UnsafePath, Context, 4),
        new("path-stakeholder-slug-case", R(Stakeholders, "  - slug: itu", "  - slug: ITU"), UnsafePath, Stakeholders, 9),
        new("path-page-name-capital", c => c.With("pages/About.md", c.Files[Page]), UnsafePath, "pages/About.md", 1),
        new("path-page-name-space", c => c.With("pages/my page.md", c.Files[Page]), UnsafePath, "pages/my page.md", 1),
        new("path-page-reserved", c => c.With("pages/background.md", c.Files[Page]), UnsafePath, "pages/background.md", 1),
        new("path-action-line-folder-mismatch", R(C11, "id: C11", "id: C2"), IdMismatch, C11, 3),

        // Bad encodings, empty and huge files.
        new("encoding-latin1", Bytes(Sources, [.. Utf8("# sources\nsources:\n  - id: roadmaps\n    title: R"), 0xE9, .. Utf8("sum\u00e9\n")]), NotUtf8, Sources, 4),
        new("encoding-utf16", Bytes(Site, Encoding.Unicode.GetBytes("title: UTF-16\n")), NotUtf8, Site, 1),
        new("encoding-bom", c => c.With(Stakeholders, [0xEF, 0xBB, 0xBF, .. c.Files[Stakeholders]]), ByteOrderMark, Stakeholders, 1),
        new("encoding-nul-byte", c => c.With(Priorities, [.. c.Files[Priorities][..40], 0, .. c.Files[Priorities][40..]]), NotUtf8, Priorities, 1),
        new("empty-file", Bytes(Context, []), EmptyFile, Context, 1),
        new("whitespace-only-file", Bytes(Roadmap, Utf8("  \n\n\t\n")), EmptyFile, Roadmap, 1),
        new("huge-file-10mb", Bytes("sources/roadmaps.txt", Encoding.ASCII.GetBytes(new string('a', 10 * 1024 * 1024))), FileTooLarge, "sources/roadmaps.txt", 1),

        // Injection into every Markdown field.
        new("inject-page-body-script", R(Page, "The texts are transcribed", Script + " The texts are transcribed"), HtmlNotAllowed, Page, 11, Script),
        new("inject-action-line-body-handler", R(C2, "The overview of **C2**", Handler + " The overview"), HtmlNotAllowed, C2, 13, Handler),
        new("inject-priority-text-javascript-link", R(Priorities, "Promote **regional coordination**", "Promote [**regional coordination**](javascript:alert(1))"), UnsafeLink, Priorities, 6, "javascript:"),
        new("inject-outcome-block-iframe", R(Roadmap, "      - i. broadband access;", "      - i. <iframe src=\"https://evil.example/\"></iframe>"), HtmlNotAllowed, Roadmap, 22, "<iframe"),
        new("inject-expected-result-data-image", R(Roadmap, "\"Competitive *markets*\"", "\"![x](data:image/svg+xml;base64,PHN2Zz4=)\""), UnsafeLink, Roadmap, 12, "data:image"),
        new("inject-itu-activity-anchor", R(Roadmap, "\"Assessment studies\"", "\"<a href='javascript:alert(1)'>studies</a>\""), HtmlNotAllowed, Roadmap, 14, "<a href="),
        new("inject-section-notes-style", R(Context, "      Presenter notes with *emphasis*.", "      Presenter notes.\n      <style>body { display: none }</style>"), HtmlNotAllowed, Context, 10, "<style>"),
        new("inject-milestone-notes-reference-link", R(Context, "      Milestone notes.", "      Milestone [notes][r].\n\n      [r]: JaVaScRiPt:alert(1)"), UnsafeLink, Context, 17, "alert(1)"),
        new("inject-page-body-autolink", R(Page, "The texts are transcribed", "<javascript:alert(1)> The texts are transcribed"), UnsafeLink, Page, 11, "javascript:"),
        new("inject-page-body-entity-obfuscated", R(Page, "[sources](/background/)", "[sources](java&#x09;script:alert(1))"), UnsafeLink, Page, 11, "alert(1)"),
        new("inject-page-body-vbscript", R(Page, "[sources](/background/)", "[sources](vbscript:msgbox(1))"), UnsafeLink, Page, 11, "vbscript:"),
        new("inject-page-body-html-comment", R(Page, "## Where the texts come from", "<!-- <script>alert(1)</script> -->"), HtmlNotAllowed, Page, 9, "<script>"),

        // Injection into every text field of every file kind: printed escaped, and rejected.
        new("inject-site-title", R(Site, "title: Minimal site", $"title: \"{Script}\""), HtmlNotAllowed, Site, 2, Script),
        new("inject-site-description", R(Site, "A small valid content set", Handler), HtmlNotAllowed, Site, 3, Handler),
        new("inject-source-title", R(Sources, "    title: Vision", $"    title: \"{Script}\""), HtmlNotAllowed, Sources, 11, Script),
        new("inject-source-publisher", R(Sources, "publisher: ITU", $"publisher: \"{SvgHandler}\""), HtmlNotAllowed, Sources, 6, SvgHandler),
        new("inject-source-note", R(Sources, "note: A note on the roadmaps.", $"note: \"{Handler}\""), HtmlNotAllowed, Sources, 9, Handler),
        new("inject-source-disclaimer", R(Sources, "disclaimer: A disclaimer.", $"disclaimer: \"{Script}\""), HtmlNotAllowed, Sources, 14, Script),
        new("inject-goal-name", R(Sdgs, "name: Partnerships for the goals", $"name: \"{SvgHandler}\""), HtmlNotAllowed, Sdgs, 8, SvgHandler),
        new("inject-stakeholder-name", R(Stakeholders, "    name: Civil society", $"    name: \"{Script}\""), HtmlNotAllowed, Stakeholders, 7, Script),
        new("inject-stakeholder-description", R(Stakeholders, "description: National governments.", $"description: \"{Handler}\""), HtmlNotAllowed, Stakeholders, 5, Handler),
        new("inject-action-line-title", R(C2, "title: Information and communication infrastructure", $"title: \"{Script}\""), HtmlNotAllowed, C2, 4, Script),
        new("inject-facilitator-name", R(C11, "  - name: UN DESA", $"  - name: \"{Handler}\""), HtmlNotAllowed, C11, 6, Handler),
        new("inject-facilitator-role", R(C2, "role: sole facilitator", $"role: \"{SvgHandler}\""), HtmlNotAllowed, C2, 7, SvgHandler),
        new("inject-sub-line-title", R(C11, "title: Regional cooperation", $"title: \"{Script}\""), HtmlNotAllowed, C11, 12, Script),
        new("inject-priority-key-phrase", R(Priorities, "key_phrase: \"coordinated approach\"", $"key_phrase: \"{Handler}\""), HtmlNotAllowed, Priorities, 10, Handler),
        new("inject-priority-note", R(Priorities, "note: \"An editor's note.\"", $"note: \"{Script}\""), HtmlNotAllowed, Priorities, 14, Script),
        new("inject-itu-goal", R(Roadmap, "      - \"Goal 1\"", $"      - \"{SvgHandler}\""), HtmlNotAllowed, Roadmap, 9, SvgHandler),
        new("inject-timing", R(Roadmap, "timing: \"2016-2019\"", $"timing: \"{Script}\""), HtmlNotAllowed, Roadmap, 7, Script),
        new("inject-row-note", R(Roadmap, "note: \"A note on row A.\"", $"note: \"{Handler}\""), HtmlNotAllowed, Roadmap, 16, Handler),
        new("inject-sdg-target-text", R(Roadmap, "text: \"Enhance the global partnership.\"", $"text: \"{Script}\""), HtmlNotAllowed, Roadmap, 26, Script),
        new("inject-section-title", R(Context, "title: The evolution of context", $"title: \"{Handler}\""), HtmlNotAllowed, Context, 5, Handler),
        new("inject-section-point", R(Context, "      - Facilitate knowledge sharing.", $"      - \"{Script}\""), HtmlNotAllowed, Context, 7, Script),
        new("inject-milestone-period", R(Context, "period: 2004-2010", $"period: \"{SvgHandler}\""), HtmlNotAllowed, Context, 11, SvgHandler),
        new("inject-milestone-point", R(Context, "points: [Establishing mechanisms]", $"points: [\"{Script}\"]"), HtmlNotAllowed, Context, 13, Script),
        new("inject-page-title", R(Page, "title: About this publication", $"title: \"{Script}\""), HtmlNotAllowed, Page, 3, Script),
        new("inject-page-description", R(Page, "description: What this site publishes.", $"description: \"{Handler}\""), HtmlNotAllowed, Page, 4, Handler),
        new("inject-repository-javascript-url", R(Site, "repository: https://github.com/example/wsis-site", "repository: \"javascript:alert(1)//\""), InvalidValue, Site, 5, "javascript:"),
        new("inject-base-url-quote", R(Site, "branch: main", "branch: main\nbase_url: \"https://example.org/\\\"><script>alert(1)</script>\""), InvalidValue, Site, 7, "<script>"),
    ];

    public static TheoryData<string> Names() => new(All.Select(c => c.Name));

    public static TheoryData<string> InjectionNames() => new(All.Where(c => c.IsInjection).Select(c => c.Name));

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);
}
