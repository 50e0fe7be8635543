using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Scriban.Runtime;
using Wsis.Export;
using Wsis.Load;
using Wsis.Render;
using Wsis.Tests.Support;

namespace Wsis.Tests.Render;

/// <summary>
/// The render's shortcuts for speed (issue 16) against the ways they replace: each must give exactly what Scriban's
/// or System.Text.Json's own way gives.
/// </summary>
public sealed partial class RenderShortcutTests
{
    [Fact]
    public void Every_view_reaches_its_template_with_the_members_Scriban_import_gives_it()
    {
        var (_, plan) = UncheckedRender.Plan(ContentSet.Real, new MarkdownRenderer());
        var views = plan.SelectMany(p => new[] { p.Model, p.Meta }).ToList();
        Assert.True(views.Select(v => v.GetType()).Distinct().Count() >= 10, "the plan has views of many types");
        var globals = new ViewGlobals();
        Assert.All(views, view =>
        {
            var imported = new ScriptObject();
            imported.Import(view, renamer: StandardMemberRenamer.Default);
            imported.SetValue("model", view, true);
            var ours = globals.For(view);
            Assert.Equal(imported.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
            Assert.All(imported.Keys, key =>
            {
                Assert.Equal(imported[key], ours[key]);
                Assert.Equal(imported.CanWrite(key), ours.CanWrite(key));
            });
        });
    }

    [Fact]
    public void Every_view_a_template_reaches_reads_as_Scriban_own_accessor_reads_it()
    {
        var (_, plan) = UncheckedRender.Plan(ContentSet.Real, new MarkdownRenderer());
        var globals = new ViewGlobals();
        var scriban = new Scriban.TemplateContext();
        var span = new Scriban.Parsing.SourceSpan();
        // Every view the plan holds, nested ones too, each instance once.
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var next = new Stack<object>(plan.SelectMany(p => new[] { p.Model, p.Meta }));
        var types = new HashSet<Type>();
        while (next.TryPop(out var view))
        {
            if (!seen.Add(view)) continue;
            var ours = globals.Accessor(view.GetType());
            Assert.NotNull(ours);
            types.Add(view.GetType());
            var theirs = scriban.GetMemberAccessor(view);
            Assert.IsNotType<ViewAccessor>(theirs);
            Assert.Equal(theirs.GetMembers(scriban, span, view), ours.GetMembers(scriban, span, view));
            Assert.Equal(theirs.HasIndexer, ours.HasIndexer);
            foreach (var member in theirs.GetMembers(scriban, span, view))
            {
                Assert.True(theirs.TryGetValue(scriban, span, view, member, out var expected));
                Assert.True(ours.TryGetValue(scriban, span, view, member, out var value));
                Assert.Equal(expected, value);
                // A view is never changed by a template: Scriban refuses to set an init-only member, and so does ours.
                Assert.False(theirs.TrySetValue(scriban, span, view, member, value));
                Assert.False(ours.TrySetValue(scriban, span, view, member, value));
                foreach (var inner in value is System.Collections.IEnumerable and not string ? ((System.Collections.IEnumerable)value).Cast<object?>() : [value])
                    if (inner is not null && globals.Accessor(inner.GetType()) is not null) next.Push(inner);
            }
            Assert.False(ours.TryGetValue(scriban, span, view, "no_such_member", out _));
        }
        Assert.True(types.Count >= 20, $"the plan reaches views of many types ({types.Count})");
        Assert.Null(globals.Accessor(typeof(TrustedHtml)));
        Assert.Null(globals.Accessor(typeof(Wsis.Render.Views.LinkView[])));
    }

    [GeneratedRegex(@"\{\{ include '([^']+)' \}\}")]
    private static partial Regex IncludeStatement();

    [Theory]
    [MemberData(nameof(TestBuild.TemplateChangeContents), MemberType = typeof(TestBuild))]
    public void Partials_written_into_the_page_give_the_bytes_of_partials_rendered_to_strings(string content) =>
        TestBuild.AssertSameSite(content, templates =>
        {
            // In parentheses the include is a value, not a statement: Scriban renders it to a string, as before.
            var asStrings = templates.Templates.ToDictionary(t => t.Key, t => IncludeStatement().Replace(t.Value, "{{ (include '$1') }}"), StringComparer.Ordinal);
            Assert.True(asStrings.Count(t => t.Value != templates.Templates[t.Key]) >= 10, "the templates include partials as statements");
            return templates with { Templates = asStrings };
        });

    [Fact]
    public void Text_is_shortened_as_joining_all_its_words_then_cutting_would_shorten_it()
    {
        static string JoinedThenCut(string text, int max)
        {
            var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (single.Length <= max) return single;
            var cut = single.LastIndexOf(' ', max);
            return single[..(cut > 0 ? cut : max)].TrimEnd(',', ';', ':', '.', '-', '–', '(') + "…";
        }
        var random = new Random(16);
        var pieces = new[] { "a", "word", "longerword", ",", ".", " ", "  ", "\n", "\t", " – ", "(", "\u00a0", "x:", "verylongwordwithoutanyspaceatallthatgoesonandon" };
        var texts = Enumerable.Range(0, 3000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)])))
            .Concat(RealSite.Shared.Publication.ActionLines.SelectMany(a => a.Items).Select(i => i.Location.Path + " " + (i as Wsis.Model.Priority)?.Text))
            .ToList();
        Assert.All(texts, text => Assert.All(new[] { 1, 5, 20, 85, 200, 300 }, max => Assert.Equal(JoinedThenCut(text, max), ViewFactory.Shorten(text, max))));
    }

    [Fact]
    public void The_json_export_is_written_as_ToJsonString_writes_it()
    {
        var written = Encoding.UTF8.GetString(RealSite.Shared.File(OpenData.Folder + "wsis.json"));
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        Assert.Equal(JsonNode.Parse(written)!.ToJsonString(options) + "\n", written);
        Assert.Contains("–", written); // the relaxed encoder: a dash of the texts is written as it is, not escaped
    }
}
