using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Wsis.Build;
using Wsis.Cli;
using Wsis.Sample;
using Wsis.Serve;
using Wsis.Tests.Support;

namespace Wsis.Tests.Serve;

/// <summary>Runs the preview on a free port of 127.0.0.1 over a sample in a temporary folder.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private readonly string _content = Path.Combine(Path.GetTempPath(), $"wsis-serve-test-{Guid.NewGuid():N}");
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewSession _session = null!;
    private string _origin = "";

    public ValueTask InitializeAsync()
    {
        Assert.Null(SampleCommand.Write(_content, ContentFormat.Files(SampleGenerator.Generate(60))));
        var options = new ServeOptions { ContentDirectory = _content, TemplatesDirectory = Repo.Templates, Port = FreePort() };
        _origin = options.Origin;
        _session = PreviewSession.Start(options, TextWriter.Null);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        _http.Dispose();
        if (Directory.Exists(_content)) Directory.Delete(_content, recursive: true);
    }

    [Fact]
    public async Task Serve_rebuilds_after_a_file_change_and_serves_the_new_text()
    {
        var before = await Text("/action-lines/c1/priorities/1/");
        Assert.DoesNotContain("Edited-in-the-test", before);

        Edit("action-lines/c1/priorities.yml", "text: \"Promote **", "text: \"Edited-in-the-test: promote **");

        var after = await WaitFor("/action-lines/c1/priorities/1/", text => text.Contains("Edited-in-the-test", StringComparison.Ordinal));
        Assert.Contains("Edited-in-the-test: promote", after);
        Assert.True(_session.Site.Version > 1, "a changed page gives a new version, which makes open pages reload");
    }

    [Fact]
    public async Task Serve_keeps_the_last_good_build_and_reports_the_error_when_content_breaks()
    {
        var builds = _session.Builds;
        Edit("action-lines/c1/priorities.yml", "  - number: 1\n", "  - number: one\n");

        using var status = await WaitForStatus(s => s.RootElement.GetProperty("errors").GetArrayLength() > 0, builds);
        var error = status.RootElement.GetProperty("errors")[0];
        Assert.Equal("WSIS102", error.GetProperty("code").GetString());
        Assert.StartsWith("action-lines/c1/priorities.yml(", error.GetProperty("location").GetString());
        using var page = await _http.GetAsync(_origin + "/action-lines/c1/priorities/1/", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        Edit("action-lines/c1/priorities.yml", "  - number: one\n", "  - number: 1\n");
        using var fixedStatus = await WaitForStatus(s => s.RootElement.GetProperty("errors").GetArrayLength() == 0, builds + 1);
    }

    [Fact]
    public async Task Serve_adds_the_reload_script_as_a_file_and_build_output_has_none()
    {
        var served = new HtmlParser().ParseDocument(await Text("/"));
        var script = served.QuerySelector("script[src^='/__serve/reload.js']");
        Assert.NotNull(script);
        Assert.Empty(served.QuerySelectorAll("script:not([src])"));
        using var file = await _http.GetAsync(_origin + "/__serve/reload.js", Cancel);
        Assert.Equal("text/javascript", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await file.Content.ReadAsStringAsync(Cancel));

        var built = TestBuild.Folders(new BuildOptions { ContentDirectory = _content, TemplatesDirectory = Repo.Templates });
        Assert.All(built.Site!.Pages, page => Assert.DoesNotContain("/__serve/", page.Html));
    }

    [Fact]
    public async Task Serve_redirects_a_folder_without_slash_and_answers_404_for_an_unknown_page()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler);
        using var folder = await http.GetAsync(_origin + "/action-lines", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/action-lines/", folder.Headers.Location?.OriginalString);
        using var missing = await http.GetAsync(_origin + "/no/such/page/", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Serve_redirects_a_doubled_slash_to_a_path_of_its_own_host()
    {
        var head = await Raw("GET //action-lines HTTP/1.1\r\nHost: " + new Uri(_origin).Authority + "\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 302", head);
        Assert.Contains("\r\nLocation: /action-lines/\r\n", head);
    }

    [Fact]
    public async Task Serve_answers_the_first_of_two_pipelined_requests_and_closes_the_connection_instead_of_hanging()
    {
        var host = "Host: " + new Uri(_origin).Authority + "\r\n";

        var answer = await Raw($"GET /sitemap.xml HTTP/1.1\r\n{host}\r\nGET /robots.txt HTTP/1.1\r\n{host}\r\n");

        Assert.StartsWith("HTTP/1.1 200", answer);
        Assert.Contains("\r\nConnection: close\r\n", answer);
    }

    [Fact]
    public async Task Serve_never_serves_a_file_from_outside_the_content_folder()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"wsis-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET-OUTSIDE-CONTENT");
        try
        {
            var builds = _session.Builds;
            File.CreateSymbolicLink(Path.Combine(_content, "sources", "leak.txt"), secret);

            using var status = await WaitForStatus(s => s.RootElement.GetProperty("errors").GetArrayLength() > 0, builds);
            Assert.Equal("WSIS011", status.RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
            Assert.DoesNotContain(_session.Site.Files.Values, f => System.Text.Encoding.UTF8.GetString(f.Bytes).Contains("SECRET-OUTSIDE-CONTENT", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    /// <summary>Sends bytes as they are (HttpClient would tidy the path) and reads until the server closes, or 10 s at most.</summary>
    private async Task<string> Raw(string request)
    {
        var uri = new Uri(_origin);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port, Cancel);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request), Cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0) received.Write(buffer, 0, read);
        return System.Text.Encoding.UTF8.GetString(received.ToArray());
    }

    private void Edit(string relative, string find, string replace)
    {
        var path = Path.Combine(_content, relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is in {relative}");
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
    }

    private async Task<string> Text(string url)
    {
        using var response = await _http.GetAsync(_origin + url, Cancel);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    // Waits for the watcher and the rebuild without asserting how long they take.
    private async Task<string> WaitFor(string url, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var text = await Text(url);
            if (done(text) || DateTime.UtcNow > deadline) return text;
            await Task.Delay(100, Cancel);
        }
    }

    private async Task<JsonDocument> WaitForStatus(Func<JsonDocument, bool> done, int afterBuilds)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = JsonDocument.Parse(await Text("/__serve/status"));
            if ((_session.Builds > afterBuilds && done(status)) || DateTime.UtcNow > deadline)
            {
                Assert.True(done(status), "the preview reported the expected status");
                return status;
            }
            status.Dispose();
            await Task.Delay(100, Cancel);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
