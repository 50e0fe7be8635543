using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wsis.Build;
using Wsis.Cli;
using Wsis.Diagnostics;
using Wsis.Tests.Support;

namespace Wsis.Tests.Hostile;

/// <summary>
/// Mutates the real content at random and builds it: the generator must never throw or hang; every run ends in a site
/// or in reported errors with a position in a real file, printed without a raw control character.
/// </summary>
/// <remarks>
/// Structure-aware: besides bytes and tokens, the mutations know YAML and Markdown (anchors and aliases, alias bombs,
/// repeated lines, deep nesting, the Markdown pathologies of issue 11, control characters, CR line endings) and the
/// content tree (symbolic links, link loops, dangling links, a link to /etc/passwd, FIFOs). Each CI run draws a new
/// seed, shown in every test's name; to repeat a run, or to run longer by hand:
///
///     WSIS_FUZZ_SEED=123456 dotnet test tests/Wsis.Tests --filter "FullyQualifiedName~ContentFuzzTests"
///     WSIS_FUZZ_RUNS=2000 dotnet test tests/Wsis.Tests -c Release --filter "FullyQualifiedName~ContentFuzzTests"
/// </remarks>
public class ContentFuzzTests
{
    /// <summary>The fixed seed of the mutations RendererAgainstSanitizerTests replays.</summary>
    internal const int BaseSeed = 20_251_123;

    /// <summary>A build that takes longer than this hangs, as far as the fuzzer is concerned (a Debug build of the largest mutation takes a few seconds).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static int Seed { get; } = FromEnvironment("WSIS_FUZZ_SEED") ?? Random.Shared.Next(1, 1_000_000);

    /// <summary>24 in the everyday run, which must stay quick; .ci/run runs the fuzzer again with more (WSIS_FUZZ_RUNS).</summary>
    public static int Runs { get; } = FromEnvironment("WSIS_FUZZ_RUNS") ?? 24;

    private static int? FromEnvironment(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static TheoryData<int, int> Seeds()
    {
        var data = new TheoryData<int, int>();
        foreach (var run in Enumerable.Range(0, Runs)) data.Add(Seed, run);
        return data;
    }

    private static readonly string[] Tokens =
    [
        ":", ": ", "- ", "\"", "'", "[", "]", "{", "}", "&anchor ", "*anchor", "|", ">", "#", "\t", "---", "\n", "  ", "!!binary ", "%YAML 1.1\n",
        "? ", "<script>alert(1)</script>", "](javascript:alert(1))", "**", "[^1]", "\n| a | b |\n|:-|-:|\n", "\\", "\0", "\uFEFF", "\u202E", "😀",
        "9.x", "{{ x }}", "~", "null", "yes", "0x1F", "1e999", new string('>', 300) + " deep", new string('[', 300), "&#x6A;avascript:", "\r\n", "\r",
        "\u001B[2J", "\u0007", "\u009B", "\u000C", "<<: *anchor", "&a [*a]", "*a", "!!str ", "!<tag:yaml.org,2002:str> ",
    ];

    /// <summary>Markdown that Markdig reads in quadratic time or worse without our limits (cmark's pathological tests and issue 11's cases).</summary>
    private static readonly string[] MarkdownPathologies =
    [
        "\n# a\n", "a\n=\n\n", "[a](", "[a](b", "[a](x (", "[a](<b", "https://example.org/\n", "www.a.org ", "*a* ", "a_ ", "_a ", "*a_ ", "[ (](",
        "[", "]", "`", "``", "<!--", "[x]: u\n", "[^1]: x\n", "|a", "~~a ", "> ", "- ", "\\*", "&amp;", "<http://a",
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Random_mutations_of_the_real_content_end_in_a_site_or_in_reported_errors(int seed, int run)
    {
        var random = new Random(unchecked(seed * 7919 + run));
        var content = ContentSet.Real;
        var mutations = new List<string>();
        for (var i = 0; i < 1 + random.Next(3); i++)
        {
            var (changed, description) = MutateStructure(content, random);
            content = changed;
            mutations.Add(description);
        }
        var tree = random.Next(8) == 0 ? TreeMutations[random.Next(TreeMutations.Length)] : null;
        if (tree is not null) mutations.Add(tree.Name);
        var replay = $"WSIS_FUZZ_SEED={seed}, run {run}: {string.Join("; ", mutations.Select(Shorten))}";

        using var folder = new TempFolder();
        var contentFolder = folder.Combine("content");
        content.WriteTo(contentFolder);
        if (tree is not null && !tree.Apply(contentFolder)) Assert.Skip($"{tree.Name} needs a POSIX system ({replay})");

        var cancel = TestContext.Current.CancellationToken;
        var build = Task.Run(() => TestBuild.Folders(new BuildOptions { ContentDirectory = contentFolder, TemplatesDirectory = Repo.Templates }), cancel);
        Assert.True(await Task.WhenAny(build, Task.Delay(Patience, cancel)) == build, $"The build did not end within {Patience.TotalSeconds:0} s ({replay})");
        var result = await build;

        Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.IsError), $"Neither a site nor an error ({replay})");
        Assert.All(result.Diagnostics, d =>
        {
            Assert.True(content.Files.ContainsKey(d.Location.Path) || d.Location.Path.StartsWith("templates/", StringComparison.Ordinal)
                || tree is not null || !content.Files.Keys.Any(), $"{d} names no file of the content ({replay})");
            Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"{d}: no position ({replay})");
        });
        if (tree is not null)
            Assert.True(result.Diagnostics.Any(d => d.IsError && d.Code == tree.Code), $"{tree.Name}: no {tree.Code} ({replay}):\n{string.Join("\n", result.Diagnostics.Take(20))}");

        var printed = new StringWriter();
        DiagnosticPrinter.Print(result.Diagnostics, result.SourceTexts, printed);
        var raw = printed.ToString().FirstOrDefault(c => c is < ' ' and not '\n' and not '\r' and not '\t' or (>= '\u007F' and <= '\u009F'));
        Assert.True(raw == default, $"A raw control character U+{(int)raw:X4} was printed ({replay})");
    }

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;

    /// <summary>A change to the content tree on disk, and the error it must produce.</summary>
    private sealed record TreeMutation(string Name, string Code, Func<string, bool> Apply);

    private static readonly TreeMutation[] TreeMutations =
    [
        new("two link loops: content/a -> . and content/b -> .", DiagnosticCodes.SymbolicLink, root =>
        {
            File.CreateSymbolicLink(Path.Combine(root, "a"), ".");
            File.CreateSymbolicLink(Path.Combine(root, "b"), ".");
            return true;
        }),
        new("a link loop deeper down: pages/loop -> ..", DiagnosticCodes.SymbolicLink, root =>
        {
            File.CreateSymbolicLink(Path.Combine(root, "pages", "loop"), "..");
            return true;
        }),
        new("a dangling link: pages/gone.md", DiagnosticCodes.SymbolicLink, root =>
        {
            File.CreateSymbolicLink(Path.Combine(root, "pages", "gone.md"), "/nonexistent/gone.md");
            return true;
        }),
        new("sources/passwd.txt -> /etc/passwd, listed in sources.yml", DiagnosticCodes.SymbolicLink, root =>
        {
            File.CreateSymbolicLink(Path.Combine(root, "sources", "passwd.txt"), "/etc/passwd");
            File.AppendAllText(Path.Combine(root, "sources.yml"), "  - id: passwd\n    title: \"Passwords\"\n    file: passwd.txt\n    status: background\n");
            return true;
        }),
        new("a link to a file of the content: pages/copy.md -> about.md", DiagnosticCodes.SymbolicLink, root =>
        {
            File.CreateSymbolicLink(Path.Combine(root, "pages", "copy.md"), "about.md");
            return true;
        }),
        new("a FIFO: pages/pipe.md", DiagnosticCodes.EmptyFile, root =>
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(root, "pages", "pipe.md")]) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            return mkfifo.ExitCode == 0;
        }),
    ];

    /// <summary>One mutation that knows the formats half the time, one of the byte and line mutations otherwise.</summary>
    internal static (ContentSet Content, string Description) MutateStructure(ContentSet content, Random random)
    {
        if (random.Next(2) == 0) return Mutate(content, random);
        var paths = content.Files.Keys.Where(p => !p.StartsWith("sources/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var path = paths[random.Next(paths.Count)];
        var text = content.Text(path);
        var lines = text.Split('\n').ToList();
        var valueLines = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal) && !lines[i].TrimStart().StartsWith('#')).ToList();
        var entryLines = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal)).ToList();
        string Join() => string.Join('\n', lines);

        switch (random.Next(8))
        {
            case 0 when valueLines.Count >= 2:
            {
                // An anchor on one value and aliases to it in its place on other lines.
                var anchor = valueLines[random.Next(valueLines.Count)];
                var colon = lines[anchor].IndexOf(": ", StringComparison.Ordinal);
                lines[anchor] = lines[anchor][..(colon + 2)] + "&fz " + lines[anchor][(colon + 2)..];
                var uses = 1 + random.Next(Math.Min(60, valueLines.Count));
                for (var i = 0; i < uses; i++)
                {
                    var at = valueLines[random.Next(valueLines.Count)];
                    if (at == anchor) continue;
                    var c = lines[at].IndexOf(": ", StringComparison.Ordinal);
                    lines[at] = lines[at][..(c + 2)] + "*fz";
                }
                return (content.With(path, Join()), $"{path}: anchor on line {anchor + 1}, up to {uses} aliases");
            }
            case 1 when entryLines.Count > 0:
            {
                // A list entry becomes an anchor used thousands of times, or nested "billion laughs".
                var at = entryLines[random.Next(entryLines.Count)];
                var indent = lines[at][..(lines[at].Length - lines[at].TrimStart().Length)];
                var block = random.Next(2) == 0
                    ? indent + "- &fz \"" + new string('x', random.Next(1, 60_000)) + "\"\n" + string.Concat(Enumerable.Repeat(indent + "- *fz\n", random.Next(1, 5_000)))
                    : string.Join('\n', HostileBench.Laughs(1 + random.Next(9)).TrimEnd('\n').Split('\n').Select(l => indent + l.TrimStart()));
                lines[at] = block.TrimEnd('\n');
                return (content.With(path, Join()), $"{path}: line {at + 1} becomes {(block.Contains("&l0", StringComparison.Ordinal) ? "nested aliases" : "an anchor and its aliases")}");
            }
            case 2:
            {
                // Lines repeated, up to the size limit.
                var start = random.Next(lines.Count);
                var length = 1 + random.Next(Math.Min(5, lines.Count - start));
                var slice = lines.GetRange(start, length);
                var size = Math.Max(1, slice.Sum(l => l.Length + 1));
                var times = Math.Min(1 + random.Next(20_000), 1_500_000 / size);
                lines.InsertRange(start, Enumerable.Range(0, times).SelectMany(_ => slice));
                return (content.With(path, Join()), $"{path}: lines {start + 1}-{start + length} repeated {times} times");
            }
            case 3 when valueLines.Count > 0:
            {
                // A value nested deep: flow lists or maps in YAML.
                var at = valueLines[random.Next(valueLines.Count)];
                var depth = 1 + random.Next(300);
                var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{a: ", "}");
                lines[at] = lines[at][..(colon + 2)] + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));
                return (content.With(path, Join()), $"{path}: line {at + 1} nested {depth} deep");
            }
            case 4 when path.EndsWith(".md", StringComparison.Ordinal):
            {
                // A Markdown pathology appended to the body, or block nesting in it.
                var pattern = MarkdownPathologies[random.Next(MarkdownPathologies.Length)];
                var count = 1 + random.Next(Math.Max(1, 400_000 / pattern.Length));
                var body = random.Next(4) == 0
                    ? string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(i => new string(' ', i * 2) + "- a\n"))
                    : string.Concat(Enumerable.Repeat(pattern, count));
                return (content.With(path, text + "\n" + body + "\n"), $"{path}: body + {(body.StartsWith(' ') || body.StartsWith('-') ? "nested list" : $"'{pattern.Trim()}' × {count}")}");
            }
            case 5:
            {
                // A control character at a random place.
                char[] controls = ['\u001B', '\u0007', '\u0008', '\u000B', '\u000C', '\u007F', '\u0085', '\u009B', '\0'];
                var control = controls[random.Next(controls.Length)];
                var at = random.Next(text.Length + 1);
                return (content.With(path, text.Insert(at, control + "[31m")), $"{path}: U+{(int)control:X4} at {at}");
            }
            case 6:
                return (content.With(path, text.Replace("\n", random.Next(2) == 0 ? "\r" : "\r\n")), $"{path}: CR line endings");
            default:
            {
                // A whole file's text repeated under a list key, or a file replaced by a near-copy of another kind.
                var other = paths[random.Next(paths.Count)];
                return (content.With(path, text + "\n" + content.Text(other)), $"{path}: the text of {other} appended");
            }
        }
    }

    internal static (ContentSet Content, string Description) Mutate(ContentSet content, Random random)
    {
        var paths = content.Files.Keys.Where(p => !p.StartsWith("sources/", StringComparison.Ordinal) || random.Next(10) == 0).Order(StringComparer.Ordinal).ToList();
        var path = paths[random.Next(paths.Count)];
        var bytes = content.Files[path];
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(10))
        {
            case 0:
                lines.RemoveAt(line);
                return (content.With(path, string.Join('\n', lines)), $"{path}: delete line {line + 1}");
            case 1:
                lines.Insert(line, lines[line]);
                return (content.With(path, string.Join('\n', lines)), $"{path}: duplicate line {line + 1}");
            case 2 when line + 1 < lines.Count:
                (lines[line], lines[line + 1]) = (lines[line + 1], lines[line]);
                return (content.With(path, string.Join('\n', lines)), $"{path}: swap lines {line + 1} and {line + 2}");
            case 3:
                var spaces = random.Next(-2, 3);
                lines[line] = spaces >= 0 ? new string(' ', spaces) + lines[line] : lines[line].TrimStart().PadLeft(Math.Max(0, lines[line].Length + spaces));
                return (content.With(path, string.Join('\n', lines)), $"{path}: indent line {line + 1} by {spaces}");
            case 4:
                var at = random.Next(text.Length + 1);
                return (content.With(path, text.Insert(at, Tokens[random.Next(Tokens.Length)])), $"{path}: insert a token at {at}");
            case 5:
                return (content.With(path, bytes[..random.Next(bytes.Length + 1)]), $"{path}: truncate");
            case 6 when bytes.Length > 0:
                var flipped = (byte[])bytes.Clone();
                var index = random.Next(flipped.Length);
                flipped[index] ^= (byte)(1 << random.Next(8));
                return (content.With(path, flipped), $"{path}: flip a bit of byte {index}");
            case 7:
                var target = lines[line];
                var colon = target.IndexOf(": ", StringComparison.Ordinal);
                lines[line] = colon < 0 ? target : target[..(colon + 2)] + Tokens[random.Next(Tokens.Length)];
                return (content.With(path, string.Join('\n', lines)), $"{path}: replace the value on line {line + 1}");
            case 8:
                var other = paths[random.Next(paths.Count)];
                return (content.With(path, content.Files[other]), $"{path}: replaced by the text of {other}");
            default:
                var noise = new byte[random.Next(64)];
                random.NextBytes(noise);
                return (content.With(path, [.. bytes, .. noise]), $"{path}: append {noise.Length} random bytes");
        }
    }
}
