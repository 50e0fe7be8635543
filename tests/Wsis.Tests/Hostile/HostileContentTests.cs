using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Wsis.Build;
using Wsis.Cli;
using Wsis.Diagnostics;
using Wsis.Tests.Support;

namespace Wsis.Tests.Hostile;

public class HostileContentTests
{
    [Fact]
    public void The_corpus_has_at_least_forty_cases_with_distinct_names()
    {
        Assert.True(HostileCases.All.Count >= 40, $"{HostileCases.All.Count} cases");
        Assert.Equal(HostileCases.All.Count, HostileCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(HostileCases.Names), MemberType = typeof(HostileCases))]
    public void Each_case_is_reported_with_its_exact_code_file_and_line(string name)
    {
        var @case = HostileCases.Named(name);

        var result = @case.Content.Build();

        Assert.False(result.Succeeded);
        Assert.True(result.Diagnostics.Any(d => d.IsError && d.Code == @case.Code && d.Location.Path == @case.File && d.Location.Line == @case.Line),
            $"Expected {@case.Code} at {@case.File}({@case.Line}); got:\n{string.Join("\n", result.Diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(HostileCases.Names), MemberType = typeof(HostileCases))]
    public void Each_case_fails_the_build_with_exit_code_1_and_leaves_the_previous_output_as_it_was(string name)
    {
        var @case = HostileCases.Named(name);
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        var output = folder.Combine("_site");
        @case.Content.WriteTo(content);
        Directory.CreateDirectory(content);
        PreviousBuild.Mark(output);
        Directory.CreateDirectory(Path.Combine(output, "sdgs"));
        File.WriteAllText(Path.Combine(output, "index.html"), "<!DOCTYPE html><title>previous build</title>");
        File.WriteAllText(Path.Combine(output, "sdgs", "index.html"), "<!DOCTYPE html><title>previous sdgs</title>");
        var before = Snapshot(output);
        var errors = new StringWriter();

        var exit = BuildCommand.Run(new BuildOptions { ContentDirectory = content, TemplatesDirectory = Repo.Templates, OutputDirectory = output }, new StringWriter(), errors);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        // As printed: a control character in a file name (a name ending in a line break) is shown as an escape.
        Assert.Contains($"{DiagnosticPrinter.Printable(@case.File)}({@case.Line},", errors.ToString());
        Assert.Contains($" error {@case.Code}: ", errors.ToString());
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["_site", "content"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order());
    }

    [Theory]
    [MemberData(nameof(HostileCases.InjectionNames), MemberType = typeof(HostileCases))]
    public void Injected_markup_never_reaches_a_page_even_when_validation_is_skipped(string name)
    {
        var @case = HostileCases.Named(name);

        var site = UncheckedRender.Render(@case.Content);
        var parser = new HtmlParser();
        var documents = site.Pages.Select(p => (p.Url, Document: parser.ParseDocument(p.Html))).ToList();
        var elements = documents.SelectMany(d => d.Document.All).ToList();

        Assert.NotEmpty(site.Pages);
        foreach (var (url, document) in documents)
        {
            var problems = PageScan.Problems(document);
            Assert.True(problems.Count == 0, $"{url}: {string.Join("; ", problems)}");
        }
        // The payload's own tag never appears as an element beyond those a clean build has: it was escaped into text or removed.
        var tag = @case.Payload!.StartsWith('<') ? new string(@case.Payload.Skip(1).TakeWhile(char.IsAsciiLetter).ToArray()) : "";
        if (tag is "script")
            Assert.All(elements.Where(e => e.LocalName == "script"), e => Assert.True(PageScan.IsOwnFile(e.GetAttribute("src") ?? "")));
        else if (tag is { Length: > 0 } and not "a")
            Assert.Equal(CountOf(BaselineElements.Value, tag), CountOf(elements, tag));
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => PageScan.IsScriptUrl(a.Value) && a.Name is "href" or "src"));
    }

    // The site draws some elements itself (the handouts' SVG QR codes and swatches): a payload must add none.
    private static readonly Lazy<IReadOnlyList<AngleSharp.Dom.IElement>> BaselineElements = new(() =>
        UncheckedRender.Render(ContentSet.Minimal).Pages.SelectMany(p => new HtmlParser().ParseDocument(p.Html).All).ToList());

    private static int CountOf(IEnumerable<AngleSharp.Dom.IElement> elements, string tag) => elements.Count(e => e.LocalName == tag);

    private static IReadOnlyList<string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)}:{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .ToList();
}
