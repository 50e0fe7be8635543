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
