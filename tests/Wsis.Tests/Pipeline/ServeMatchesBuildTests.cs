using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Wsis.Build;
using Wsis.Serve;
using Wsis.Tests.Support;
using Wsis.Write;

namespace Wsis.Tests.Pipeline;

/// <summary>serve and build run one pipeline: what the preview sends is what a build writes, byte for byte.</summary>
public sealed partial class ServeMatchesBuildTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [GeneratedRegex("<script src=\"/__serve/reload\\.js\\?v=\\d+\" defer></script>\n")]
    private static partial Regex ReloadTag();

    [Fact]
    public async Task Every_file_serve_sends_equals_the_file_build_writes_for_the_same_base_url()
    {
        var options = new ServeOptions { ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, Port = FreePort() };
        var output = Path.Combine(Path.GetTempPath(), $"wsis-serve-vs-build-{Guid.NewGuid():N}");
        try
        {
            var built = TestBuild.Folders(new BuildOptions
            {
                ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, OutputDirectory = output, BaseUrl = options.Origin, Search = Search.SearchIndexing.Off,
            });
            Assert.True(built.Succeeded);
            var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
                .Where(path => path != OutputFolder.MarkerName)
                .Order(StringComparer.Ordinal)
                .ToList();

            await using var session = PreviewSession.Start(options, TextWriter.Null);
            Assert.Equal(written, session.Site.Files.Keys.Order(StringComparer.Ordinal));
            using var http = new HttpClient();
            var reloadTags = 0;
            foreach (var path in written)
            {
                var sent = await http.GetByteArrayAsync($"{options.Origin}/{Uri.EscapeDataString(path).Replace("%2F", "/")}", Cancel);
                if (path.EndsWith(".html", StringComparison.Ordinal))
                {
                    var html = Encoding.UTF8.GetString(sent);
                    reloadTags += ReloadTag().Count(html);
                    sent = Encoding.UTF8.GetBytes(ReloadTag().Replace(html, "", 1));
                }
                Assert.True(File.ReadAllBytes(Path.Combine(output, path)).AsSpan().SequenceEqual(sent), $"{path}: serve sends other bytes than build writes");
            }
            Assert.Equal(written.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), reloadTags);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
