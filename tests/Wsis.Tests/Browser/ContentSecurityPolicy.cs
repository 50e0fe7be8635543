using System.Text.RegularExpressions;

namespace Wsis.Tests.Browser;

/// <summary>
/// The policy the site is served with. netlify.toml is the one place that sets it; until its headers section
/// exists the tests use the same string, kept here.
/// </summary>
public static partial class ContentSecurityPolicy
{
    public const string Default =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static string Current { get; } = FromNetlifyToml(Path.Combine(Repo.Root, "netlify.toml")) ?? Default;

    public static string? FromNetlifyToml(string path)
    {
        if (!File.Exists(path)) return null;
        var match = PolicyLine().Match(File.ReadAllText(path));
        return match.Success ? match.Groups["policy"].Value : null;
    }

    // A TOML basic string: the policy itself is full of single quotes, so netlify.toml double-quotes it.
    [GeneratedRegex(@"Content-Security-Policy\s*=\s*""(?<policy>[^""\n]*)""")]
    private static partial Regex PolicyLine();
}
