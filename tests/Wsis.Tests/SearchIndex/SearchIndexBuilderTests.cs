using System.IO.Compression;
using System.Text.Json;
using Wsis.Search;
using Wsis.Tests.Support;

namespace Wsis.Tests.SearchIndex;

/// <summary>Which pages the index holds: Pagefind's rule of only the pages with a data-pagefind-body once one has it.</summary>
public sealed class SearchIndexBuilderTests
{
    // The index of these pages, each handed over whole or, as a page streamed to its file is, read back from there.
    private static IReadOnlyList<Wsis.Render.OutputFile> Index(bool written, params (string Path, string Html)[] pages)
    {
        var pagefind = PagefindIndexer.Find(Repo.Root);
        if (pagefind is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        var search = new SearchIndexBuilder(pagefind, site);
        foreach (var (path, html) in pages)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, path))!);
            File.WriteAllText(Path.Combine(site, path), html);
            if (written) search.AddWritten(path, Watched(html, 4093).Seen);
            else search.Add(path, html);
        }
        var (files, error) = search.Complete();
        Assert.Null(error);
        Assert.False(Directory.Exists(Path.Combine(site, PagefindIndexer.AssetsFolder)));
        Assert.Contains(files, f => f.Path == "pagefind/pagefind.js");
        return files;
    }

    // The text given to a marker watch in parts of this size, as a streamed page is written.
    private static SearchIndexBuilder.MarkerWatch Watched(string text, int part)
    {
        var watch = new SearchIndexBuilder.MarkerWatch();
        for (var at = 0; at < text.Length; at += part) watch.Write(text.AsSpan(at, Math.Min(part, text.Length - at)));
        return watch;
    }

    [Fact]
    public void The_body_marker_is_seen_in_a_page_written_in_parts_wherever_the_parts_cut_it()
    {
        // given texts with the marker at each place around the parts' joins, a text with only its start and its end on
        // either side of a join, and one with no marker at all
        const string marker = "data-pagefind-body";
        foreach (var part in new[] { 1, 2, 7, 17, 18, 19, 40 })
        {
            for (var at = 0; at < 45; at++)
            {
                var text = new string('x', at) + marker + new string('y', 30);

                // when it is written in parts of that size, then the marker is seen
                Assert.True(Watched(text, part).Seen, $"marker at {at}, parts of {part}");
            }
            Assert.False(Watched(new string('x', 20) + marker[..9] + "<" + marker[9..] + new string('y', 20), part).Seen, $"a broken marker, parts of {part}");
            Assert.False(Watched(string.Concat(Enumerable.Repeat("data-pagefind-bod ", 10)), part).Seen, $"no marker, parts of {part}");
        }
    }

    private static IReadOnlyList<string> IndexedUrls(params (string Path, string Html)[] pages) => Urls(Index(written: false, pages));

    private static IReadOnlyList<string> Urls(IReadOnlyList<Wsis.Render.OutputFile> files) =>
        files.Where(f => f.Path.StartsWith("pagefind/fragment/", StringComparison.Ordinal)).Select(f =>
        {
            using var gzip = new GZipStream(new MemoryStream(f.Content), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var text = reader.ReadToEnd();
            Assert.StartsWith("pagefind_dcd", text);
            using var json = JsonDocument.Parse(text["pagefind_dcd".Length..]);
            return json.RootElement.GetProperty("url").GetString()!;
        }).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Once_a_page_has_a_body_only_such_pages_are_indexed()
    {
        var urls = IndexedUrls(
            ("handout/index.html", "<html lang=\"en\"><body><p>Every item again</p></body></html>"),
            ("item/index.html", "<html lang=\"en\"><body><div data-pagefind-body><p>The item</p></div></body></html>"));
        Assert.Equal(["/item/"], urls);
    }

    [Fact]
    public void A_page_read_back_from_its_file_is_indexed_as_when_handed_over_whole_wherever_its_body_begins()
    {
        // given pages longer than the first block read back (64 K characters): the body's marker at the top, across that
        // block's end, and nowhere (UTF-8 of ASCII, so a character is a byte)
        const string before = "<html lang=\"en\"><body><nav>";
        const string marker = "data-pagefind-body";
        var across = 64 * 1024 - marker.Length / 2 - (before.Length + "</nav><div ".Length);
        var filler = string.Concat(Enumerable.Repeat("<p>Words about nothing in particular</p>", 4000));
        (string, string)[] pages =
        [
            ("across/index.html", $"{before}{new string('x', across)}</nav><div {marker}><p>Across the block</p></div></body></html>"),
            ("none/index.html", $"<html lang=\"en\"><body>{filler}</body></html>"),
            ("top/index.html", $"<html lang=\"en\"><body><div {marker}><p>At the top</p></div>{filler}</body></html>"),
        ];
        Assert.Equal(64 * 1024 - marker.Length / 2, pages[0].Item2.IndexOf(marker, StringComparison.Ordinal));

        // when they are read back from their files, and when handed over whole
        var written = Index(written: true, pages);
        var whole = Index(written: false, pages);

        // then the same index: the two pages with a body, every file the same
        Assert.Equal(["/across/", "/top/"], Urls(written));
        Assert.Equal(whole.Select(f => f.Path).Order(StringComparer.Ordinal), written.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(whole, file => Assert.True(file.Content.AsSpan().SequenceEqual(written.Single(f => f.Path == file.Path).Content), $"{file.Path} differs"));
    }

    [Fact]
    public void When_no_page_has_a_body_every_page_is_indexed()
    {
        var urls = IndexedUrls(
            ("index.html", "<html lang=\"en\"><body><p>Home</p></body></html>"),
            ("about/index.html", "<html lang=\"en\"><body><p>About</p></body></html>"));
        Assert.Equal(["/", "/about/"], urls);
    }

    [Fact]
    public void Pagefinds_own_files_are_kept_for_its_version_and_Pagefind_runs_again_only_for_another()
    {
        // given a Pagefind installed in a node_modules of its own, under a version no other build has used
        var pagefind = PagefindIndexer.Find(Repo.Root);
        if (pagefind is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var modules = temp.Combine("node_modules");
        var launcher = Path.Combine(modules, ".bin", "pagefind");
        Directory.CreateDirectory(Path.Combine(modules, ".bin"));
        Directory.CreateDirectory(Path.Combine(modules, "pagefind"));
        File.CreateSymbolicLink(launcher, Path.GetFullPath(pagefind));
        var version = $"1.5.2-test.{Guid.NewGuid():N}";
        File.WriteAllText(Path.Combine(modules, "pagefind", "package.json"), $"{{\"name\":\"pagefind\",\"version\":\"{version}\"}}");
        var page = ("item/index.html", "<html lang=\"en\"><body><div data-pagefind-body><p>The item</p></div></body></html>");

        // when a build runs it, and then Pagefind can no longer run
        var first = OwnFiles(launcher, temp.Combine("first"), page);
        File.Delete(launcher);
        File.WriteAllText(launcher, "#!/bin/sh\nexit 3\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var second = OwnFiles(launcher, temp.Combine("second"), page);

        // then the second build has the same files without it, and another version does need it
        Assert.Null(first.Error);
        Assert.Contains(first.Files, f => f.Path == "pagefind/pagefind.js");
        Assert.Null(second.Error);
        Assert.Equal(first.Files, second.Files);
        File.WriteAllText(Path.Combine(modules, "pagefind", "package.json"), $"{{\"name\":\"pagefind\",\"version\":\"{version}.2\"}}");
        Assert.Contains("exited with code 3", OwnFiles(launcher, temp.Combine("third"), page).Error);
    }

    // The files of a site of one page that are Pagefind's own (not of the index), each path with a hash of its bytes.
    private static (IReadOnlyList<(string Path, string Hash)> Files, string? Error) OwnFiles(string pagefind, string site, (string Path, string Html) page)
    {
        var search = new SearchIndexBuilder(pagefind, site);
        search.Add(page.Path, page.Html);
        var (files, error) = search.Complete();
        var own = files.Where(f => !f.Path.StartsWith("pagefind/fragment/", StringComparison.Ordinal) && !f.Path.StartsWith("pagefind/index/", StringComparison.Ordinal)
                && !f.Path.StartsWith("pagefind/filter/", StringComparison.Ordinal) && !f.Path.EndsWith(".pf_meta", StringComparison.Ordinal))
            .Select(f => (f.Path, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Content))))
            .ToList();
        return (own, error);
    }
}
