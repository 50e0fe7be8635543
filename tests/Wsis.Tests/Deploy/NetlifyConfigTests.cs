using Tomlyn;
using Tomlyn.Model;
using Wsis.Tests.Support;

namespace Wsis.Tests.Deploy;

/// <summary>netlify.toml: previews and production built with the pinned SDK, and security headers on every path.</summary>
public class NetlifyConfigTests(RealSite real)
{
    private static readonly TomlTable Config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml")))!;

    private static TomlTable Table(TomlTable table, string key) => Assert.IsType<TomlTable>(table[key]);

    private static string Command(string? context) =>
        (string)(context is null ? Table(Config, "build") : Table(Table(Config, "context"), context))["command"];

    private static IReadOnlyDictionary<string, string> HeadersFor(string path) =>
        Assert.IsType<TomlTableArray>(Config["headers"])
            .Where(h => (string)h["for"] == path)
            .SelectMany(h => Table(h, "values"))
            .ToDictionary(v => v.Key, v => (string)v.Value, StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyDictionary<string, string> CspDirectives() =>
        HeadersFor("/*")["Content-Security-Policy"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Contains(' ') ? d[(d.IndexOf(' ') + 1)..] : "");

    // Only files whose name changes with their content may be cached as immutable.
    private const string Fingerprinted = @"^assets/([A-Za-z0-9_.-]+/)*[A-Za-z0-9_-]+\.[0-9a-f]{10}\.[a-z0-9]+$";

    [Theory]
    [InlineData(null, "$URL")]
    [InlineData("production", "$URL")]
    [InlineData("deploy-preview", "$DEPLOY_PRIME_URL")]
    [InlineData("branch-deploy", "$DEPLOY_PRIME_URL")]
    public void Each_context_installs_the_pinned_sdk_and_builds_for_its_own_address(string? context, string baseUrl)
    {
        var command = Command(context);

        Assert.Contains("npm ci --ignore-scripts", command);
        Assert.StartsWith("git fetch --tags --force --quiet origin; ", command);
        Assert.Contains("dotnet-install.sh --jsonfile global.json", command);
        Assert.Contains("-- build --output _site --search required", command);
        Assert.EndsWith($"--base-url {baseUrl}", command);
        Assert.Equal("_site", (string)Table(Config, "build")["publish"]);
    }

    [Fact]
    public void Csp_allows_only_the_sites_own_scripts_and_styles()
    {
        var csp = CspDirectives();

        Assert.Equal("'none'", csp["default-src"]);
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], csp["script-src"].Split(' '));
        Assert.Equal("'self'", csp["style-src"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'none'", csp["base-uri"]);
        Assert.DoesNotContain(csp.Values, v => v.Contains("'unsafe-inline'") || v.Contains("'unsafe-eval'") || v.Contains('*') || v.Contains("data:") || v.Contains("http"));
    }

    [Fact]
    public void Every_path_gets_frame_protection_and_the_other_security_headers()
    {
        var headers = HeadersFor("/*");

        Assert.Equal("'none'", CspDirectives()["frame-ancestors"]);
        Assert.Equal("DENY", headers["X-Frame-Options"]);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Contains(headers["Referrer-Policy"], new[] { "no-referrer", "strict-origin", "strict-origin-when-cross-origin", "same-origin" });
        Assert.All(new[] { "camera=()", "microphone=()", "geolocation=()" }, p => Assert.Contains(p, headers["Permissions-Policy"]));
    }

    [Fact]
    public void Fingerprinted_assets_are_cached_for_a_year_as_immutable()
    {
        var cache = HeadersFor("/assets/*")["Cache-Control"].Split(',', StringSplitOptions.TrimEntries);

        Assert.Contains("immutable", cache);
        Assert.Contains("public", cache);
        Assert.True(int.Parse(cache.Single(c => c.StartsWith("max-age=", StringComparison.Ordinal))["max-age=".Length..]) >= 31_536_000);
    }

    [Fact]
    public void Built_pages_keep_to_the_csp_no_inline_script_or_style_and_fingerprinted_assets_only()
    {
        var result = real.Result;
        var parser = new AngleSharp.Html.Parser.HtmlParser();

        Assert.True(result.Succeeded);
        foreach (var page in result.Site!.Pages)
        {
            var document = parser.ParseDocument(page.Html);
            var problems = PageScan.Problems(document);
            Assert.True(problems.Count == 0, $"{page.Url}: {string.Join("; ", problems)}");
            foreach (var asset in document.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                Assert.True(PageScan.IsOwnFile(asset), $"{page.Url}: {asset} is not the site's own file");
                if (asset.StartsWith("/assets/", StringComparison.Ordinal)) Assert.Matches(Fingerprinted, asset[1..]);
            }
        }
        Assert.All(result.Site.Files.Where(f => f.Path.StartsWith("assets/", StringComparison.Ordinal)), f => Assert.Matches(Fingerprinted, f.Path));
    }
}
