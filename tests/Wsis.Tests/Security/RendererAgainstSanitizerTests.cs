using Wsis.Build;
using Wsis.Caching;
using Wsis.Load;
using Wsis.Render;
using Wsis.Tests.Hostile;
using Wsis.Tests.Support;

namespace Wsis.Tests.Security;

/// <summary>
/// The build no longer runs an HTML sanitizer: the renderer's guard works on the Markdown tree. These tests hold it
/// to the sanitizer's standard: for every fragment the renderer makes, from real, generated, hostile and fuzzed
/// content, the sanitizer would remove nothing and write the same HTML.
/// </summary>
public class RendererAgainstSanitizerTests
{
    private const string Real = "real content", Sample = "sample of 300 items", Hostile = "hostile corpus, validation skipped", Fuzzed = "fuzzed real content, validation skipped";
    private const int FuzzRuns = 16;

    public static TheoryData<string> Sources() => new(Real, Sample, Hostile, Fuzzed);

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_sanitizer_finds_nothing_to_remove_or_rewrite_in_any_rendered_fragment(string source)
    {
        var fragments = Fragments(source);
        var oracle = new SanitizerOracle();

        var problems = new List<string>();
        foreach (var (key, rendered) in fragments)
        {
            var html = rendered.Html.Value;
            var (removed, sanitized) = oracle.Sanitize(html);
            if (removed.Count > 0)
                problems.Add($"removes {string.Join(", ", removed)} from {Quote(html)} (Markdown {Quote(key.Markdown)})");
            else if (sanitized != oracle.Reserialised(html))
                problems.Add($"rewrites {Quote(oracle.Reserialised(html))} as {Quote(sanitized)} (Markdown {Quote(key.Markdown)})");
        }

        Assert.True(fragments.Count >= 20, $"{fragments.Count} fragments");
        Assert.True(problems.Count == 0, $"{problems.Count} of {fragments.Count} fragments:\n{string.Join("\n", problems.Take(10))}");
    }

    [Fact]
    public void The_hostile_corpus_makes_the_guard_remove_each_unsafe_link_and_image()
    {
        var removed = Fragments(Hostile).SelectMany(f => f.Value.Removed).ToHashSet();

        Assert.Contains("href=\"javascript:alert(1)\"", removed);
        Assert.Contains("src=\"data:image/svg+xml;base64,PHN2Zz4=\"", removed);
        Assert.Contains("href=\"JaVaScRiPt:alert(1)\"", removed);
        Assert.Contains("href=\"java\tscript:alert(1)\"", removed);
        Assert.Contains("href=\"vbscript:msgbox(1)\"", removed);
    }

    [Fact]
    public void Planning_the_pages_renders_every_fragment_that_rendering_them_does()
    {
        foreach (var content in new[] { ContentSet.Real, HostileCases.All.First(c => c.IsInjection).Content })
        {
            var planned = new Memo<(bool Inline, string Markdown), MarkdownRenderer.Rendered>();
            var rendered = new Memo<(bool Inline, string Markdown), MarkdownRenderer.Rendered>();

            UncheckedRender.Plan(content, new MarkdownRenderer(planned));
            UncheckedRender.Render(content, new MarkdownRenderer(rendered));

            Assert.NotEmpty(planned.Entries());
            Assert.Equal(rendered.Entries().Select(e => e.Key).Order(), planned.Entries().Select(e => e.Key).Order());
        }
    }

    private static readonly Dictionary<string, Lazy<IReadOnlyList<KeyValuePair<(bool Inline, string Markdown), MarkdownRenderer.Rendered>>>> Collected = new()
    {
        [Real] = new(() => Built(ContentSet.Real.ToRawFiles())),
        [Sample] = new(() => Built(ContentSet.Sample(300).ToRawFiles())),
        [Hostile] = new(() => Unchecked(HostileCases.All.Select(c => c.Content))),
        [Fuzzed] = new(() => Unchecked(Enumerable.Range(0, FuzzRuns).Select(Fuzz))),
    };

    private static IReadOnlyList<KeyValuePair<(bool Inline, string Markdown), MarkdownRenderer.Rendered>> Fragments(string source) => Collected[source].Value;

    private static IReadOnlyList<KeyValuePair<(bool Inline, string Markdown), MarkdownRenderer.Rendered>> Built(IReadOnlyList<RawFile> files)
    {
        var cache = new BuildCache();
        var result = TestBuild.InMemory(files, ContentSet.Templates, null, cache: cache);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Take(5)));
        return cache.Markdown.Entries();
    }

    // Every fragment the renderer made before the model gave up on content validation would have refused. Planning
    // makes every view, and so every fragment (the test below holds it to that); the page render would add none.
    private static IReadOnlyList<KeyValuePair<(bool Inline, string Markdown), MarkdownRenderer.Rendered>> Unchecked(IEnumerable<ContentSet> contents)
    {
        var memo = new Memo<(bool Inline, string Markdown), MarkdownRenderer.Rendered>();
        var renderer = new MarkdownRenderer(memo);
        foreach (var content in contents)
        {
            try
            {
                UncheckedRender.Plan(content, renderer);
            }
            catch (Exception e) when (e is not Xunit.Sdk.IAssertionException)
            {
                // Broken content may stop the unchecked pipeline; validation exists for that. What was rendered is kept.
            }
        }
        return memo.Entries();
    }

    // The seeded mutations of ContentFuzzTests.
    private static ContentSet Fuzz(int run)
    {
        var random = new Random(ContentFuzzTests.BaseSeed + run);
        var content = ContentSet.Real;
        for (var i = 0; i < 1 + random.Next(3); i++) content = ContentFuzzTests.Mutate(content, random).Content;
        return content;
    }

    private static string Quote(string text) => "'" + (text.Length > 200 ? text[..200] + "…" : text) + "'";
}
