using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wsis.Cli;

/// <summary>
/// `bench --hostile`: builds a copy of the content changed by one pathological input per case (alias bombs, floods of
/// errors, Markdown pathologies, a runaway template, links and FIFOs in the tree), each in a child process of this
/// program with a timeout and a memory cap, and prints a table of time, peak memory and outcome. Every input stays
/// within 2 MB a file (the loader's limit when they were found; it is 8 MB now): the promise is that such input builds or fails within seconds and a
/// few hundred MB. A benchmark, not a test: the tests (tests/Wsis.Tests/Hostile) check the outcomes themselves.
/// </summary>
public static partial class HostileBench
{
    /// <summary>One case: how it changes a copy of the content (and templates) and what it should end in.</summary>
    public sealed record Case(string Name, string Input, string Expected, Action<string, string> Prepare, Func<string, string?>? Check = null);

    public const string Anchor = "word ";

    /// <summary>Every case, in the order of the table. The sizes are those of issue 11, all within 2 MB a file.</summary>
    public static IReadOnlyList<Case> Cases { get; } =
    [
        new("baseline", "the content unchanged", "exit 0", (_, _) => { }),

        // YAML aliases: one 50,000-character anchor referenced thousands of times, and nested "billion laughs".
        new("yaml-alias-4k", "roadmap.yml: a 50,000-character anchor, 4,000 aliases (~96 KB)", "exit 1, WSIS014",
            (content, _) => AliasFlood(content, 4_000)),
        new("yaml-alias-13k", "roadmap.yml: a 50,000-character anchor, 13,000 aliases (~194 KB)", "exit 1, WSIS014",
            (content, _) => AliasFlood(content, 13_000)),
        new("yaml-alias-laughs", "roadmap.yml: 9 levels of lists of 10 aliases to the level below (~1 KB)", "exit 1, WSIS014",
            (content, _) => Replace(content, "action-lines/c2/roadmap.yml", "      - \"ITU Assessment Studies\"\n", Laughs(9))),

        // Floods of errors: each printed error quotes its line.
        new("errors-tabs-100k", "sources.yml: 100,000 tab-indented lines (300 KB)", "exit 1, WSIS006, capped print",
            (content, _) => Append(content, "sources.yml", Repeat("\tx\n", 100_000))),
        new("errors-tabs-690k", "sources.yml: 690,000 tab-indented lines (2 MB)", "exit 1, WSIS006, capped print",
            (content, _) => Append(content, "sources.yml", Repeat("\tx\n", 690_000))),
        new("yaml-duplicate-keys-200k", "site.yml: the field 'title' 200,000 more times (1.8 MB)", "exit 1, WSIS201, capped print",
            (content, _) => Append(content, "site.yml", Repeat("title: x\n", 200_000))),
        new("yaml-unknown-fields-200k", "site.yml: 200,000 unknown fields (1.5 MB)", "exit 1, WSIS103, capped print",
            (content, _) => Append(content, "site.yml", string.Concat(Enumerable.Range(0, 200_000).Select(i => $"k{i:x}:\n")))),
        new("yaml-empty-entries-200k", "priorities.yml: 200,000 empty list entries (800 KB)", "exit 1, WSIS102, capped print",
            (content, _) => Append(content, "action-lines/c11/priorities.yml", Repeat("  -\n", 200_000))),

        // Markdown pathologies in a page body.
        new("markdown-headings-40k", "about.md: 40,000 '# a' headings (200 KB)", "exit 0",
            (content, _) => Append(content, "pages/about.md", Repeat("\n# a\n", 40_000))),
        new("markdown-open-links-50k", "about.md: 50,000 '[a](' (200 KB)", "exit 0",
            (content, _) => Append(content, "pages/about.md", "\n" + Repeat("[a](", 50_000) + "\n")),
        new("markdown-bare-urls-40k", "about.md: 40,000 bare URLs (840 KB)", "exit 0",
            (content, _) => Append(content, "pages/about.md", "\n" + Repeat("https://example.org/\n", 40_000))),
        // Found while fixing those: more of Markdig's quadratic paths (cmark's pathological tests), at 2 MB or less.
        new("markdown-emphasis-20k", "about.md: '*a* ' 20,000 times in one paragraph (80 KB)", "exit 1, WSIS015",
            (content, _) => Append(content, "pages/about.md", "\n" + Repeat("*a* ", 20_000) + "\n")),
        new("markdown-references-150k", "about.md: 150,000 link definitions in one paragraph (1.7 MB)", "exit 1, WSIS015",
            (content, _) => Append(content, "pages/about.md", "\n" + string.Concat(Enumerable.Range(0, 150_000).Select(i => $"[{i}]: u\n")))),
        new("markdown-setext-400k", "about.md: 400,000 headings underlined with '=' (1.6 MB)", "exit 1, WSIS015",
            (content, _) => Append(content, "pages/about.md", "\n" + Repeat("a\n=\n", 400_000))),
        new("markdown-backticks-1700", "about.md: runs of 1 to 1,700 backticks (1.4 MB)", "exit 1, WSIS015",
            (content, _) => Append(content, "pages/about.md", "\n" + string.Concat(Enumerable.Range(1, 1_700).Select(i => "e" + new string('`', i))) + "\n")),
        new("markdown-unclosed-comments-400k", "about.md: '<!--' 400,000 times, never closed (1.6 MB)", "exit 1, WSIS015",
            (content, _) => Append(content, "pages/about.md", "\n</" + Repeat("<!--", 400_000) + "\n")),
        new("markdown-brackets-500k", "about.md: '[a' 500,000 times (1 MB)", "exit 1, WSIS015",
            (content, _) => Append(content, "pages/about.md", "\n" + Repeat("[a", 500_000) + "\n")),

        // The same in an action line's overview, which is also made plain text for the page's description.
        new("overview-headings-40k", "c1/action-line.md: 40,000 '# a' headings (200 KB)", "exit 0",
            (content, _) => Append(content, "action-lines/c1/action-line.md", Repeat("\n# a\n", 40_000))),
        new("overview-open-links-50k", "c1/action-line.md: 50,000 '[a](' (200 KB)", "exit 0",
            (content, _) => Append(content, "action-lines/c1/action-line.md", "\n" + Repeat("[a](", 50_000) + "\n")),
        new("overview-bare-urls-40k", "c1/action-line.md: 40,000 bare URLs (840 KB)", "exit 0",
            (content, _) => Append(content, "action-lines/c1/action-line.md", "\n" + Repeat("https://example.org/\n", 40_000))),

        new("broken-links-50k", "about.md: 50,000 links to a page that does not exist (750 KB)", "exit 1, WSIS501, capped print",
            (content, _) => Append(content, "pages/about.md", "\n" + Repeat("[a](/nowhere/)\n", 50_000))),

        // A template that doubles a string 40 times.
        new("template-doubling-40", "page.html doubles a string 40 times", "exit 1, WSIS401",
            (_, templates) => Prepend(templates, "page.html", "{{ s = \"ab\"; for i in 1..40; s = s + s; end }}")),

        // The tree itself (being fixed on main, issue 11 points 2 and 3).
        new("tree-link-loop", "content/a -> . and content/b -> .", "exit 1, an error naming the link",
            (content, _) =>
            {
                File.CreateSymbolicLink(Path.Combine(content, "a"), ".");
                File.CreateSymbolicLink(Path.Combine(content, "b"), ".");
            }),
        new("tree-dangling-link", "content/pages/gone.md -> a file that does not exist", "exit 1, an error naming the link",
            (content, _) => File.CreateSymbolicLink(Path.Combine(content, "pages", "gone.md"), "/nonexistent/gone.md")),
        new("tree-fifo", "content/pages/fifo.md is a FIFO", "exit 1, an error naming the FIFO",
            (content, _) => MakeFifo(Path.Combine(content, "pages", "fifo.md"))),
        new("tree-link-etc-passwd", "content/sources/passwd.txt -> /etc/passwd, listed in sources.yml", "exit 1, an error naming the link",
            (content, _) =>
            {
                File.CreateSymbolicLink(Path.Combine(content, "sources", "passwd.txt"), "/etc/passwd");
                Append(content, "sources.yml", "  - id: passwd\n    title: \"Passwords\"\n    file: passwd.txt\n    status: background\n");
            },
            output => Directory.Exists(output) && Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Any(f => new FileInfo(f).Length < 50_000_000 && File.ReadAllText(f).Contains("root:x:0:0", StringComparison.Ordinal))
                ? "/etc/passwd published" : null),
    ];

    public static int Run(string contentFolder, string templatesFolder, string? only, TimeSpan timeout, long memoryCapBytes, string? workFolder)
    {
        var cases = Cases.Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)).ToList();
        if (cases.Count == 0)
        {
            Console.Error.WriteLine($"error: no case matches '{only}'. The cases: {string.Join(", ", Cases.Select(c => c.Name))}.");
            return ExitCodes.Usage;
        }
        var root = workFolder ?? Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"wsis-hostile-{Environment.ProcessId}");
        var rows = new List<string>();
        Console.WriteLine($"Hostile inputs: each case builds a changed copy of '{contentFolder}' in a child process (build --search off), timeout {timeout.TotalSeconds:0} s, memory cap {memoryCapBytes / 1024 / 1024} MiB.");
        Console.WriteLine("Peak memory: the child's VmHWM (the kernel's high-water mark of its resident set) read from /proc/PID/status every 10 ms; the last reading before it exits.");
        Console.WriteLine();
        Console.WriteLine("| case | input | time (s) | peak RSS (MiB) | outcome | stderr lines | expected |");
        Console.WriteLine("| --- | --- | ---: | ---: | --- | ---: | --- |");
        try
        {
            foreach (var @case in cases)
            {
                var folder = Path.Combine(root, @case.Name);
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                var content = Path.Combine(folder, "content");
                var templates = Path.Combine(folder, "templates");
                CopyFolder(contentFolder, content);
                CopyFolder(templatesFolder, templates);
                @case.Prepare(content, templates);
                var output = Path.Combine(folder, "site");
                var run = RunChild(["build", "--content", content, "--templates", templates, "--output", output, "--search", "off"], timeout, memoryCapBytes);
                var outcome = run.Outcome;
                if (@case.Check?.Invoke(output) is { } note) outcome += $"; {note}";
                var row = $"| {@case.Name} | {@case.Input} | {run.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} | {(run.PeakBytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture)} | {outcome} | {run.ErrorLines.ToString("N0", CultureInfo.InvariantCulture)} | {@case.Expected} |";
                Console.WriteLine(row);
                rows.Add(row);
                Directory.Delete(folder, recursive: true);
            }
        }
        finally
        {
            if (workFolder is null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        return ExitCodes.Success;
    }

    /// <summary>What one child run did: time, peak resident memory, outcome ("exit 1, WSIS006", "timeout", "memory cap", "crash …").</summary>
    public sealed record ChildRun(TimeSpan Elapsed, long PeakBytes, string Outcome, int ExitCode, string? FirstCode, long ErrorLines);

    /// <summary>Runs this program with the arguments in a child process, killed after the timeout or above the memory cap.</summary>
    public static ChildRun RunChild(IReadOnlyList<string> arguments, TimeSpan timeout, long memoryCapBytes)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        start.FileName = self;
        // Under 'dotnet wsis-site.dll' the host is dotnet: give it our assembly first.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wsis-site.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        string? firstCode = null;
        string? crash = null;
        long lines = 0;
        void OnError(string? line)
        {
            if (line is null) return;
            Interlocked.Increment(ref lines);
            if (firstCode is null && ErrorCodePattern().Match(line) is { Success: true } match) firstCode = match.Groups[1].Value;
            if (crash is null && CrashPattern().Match(line) is { Success: true } thrown) crash = thrown.Groups[1].Value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self}.");
        process.ErrorDataReceived += (_, e) => OnError(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        long peak = 0;
        string? killed = null;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (clock.Elapsed > timeout) killed = $"timeout ({timeout.TotalSeconds:0} s)";
            else if (peak > memoryCapBytes) killed = $"memory cap ({memoryCapBytes / 1024 / 1024} MiB)";
            if (killed is null) continue;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            break;
        }
        var elapsed = clock.Elapsed;
        process.WaitForExit();
        var exit = process.ExitCode;
        var outcome = killed ?? (crash is not null ? $"crash: {crash} (exit {exit})" : $"exit {exit}{(firstCode is null ? "" : $", {firstCode}")}");
        return new ChildRun(elapsed, peak, outcome, killed is null ? exit : -1, firstCode, Interlocked.Read(ref lines));
    }

    [GeneratedRegex(@" error (WSIS\d{3}): ")]
    private static partial Regex ErrorCodePattern();

    // .NET's "Unhandled exception. System.X: …" and System.CommandLine's "Unhandled exception: System.X: …".
    [GeneratedRegex(@"^Unhandled exception[.:] ([\w.]+)")]
    private static partial Regex CrashPattern();

    /// <summary>VmHWM of a process in bytes, 0 once it is gone.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }

    private static void AliasFlood(string content, int aliases)
    {
        var text = new StringBuilder("      - &a \"").Append(Repeat(Anchor, 50_000 / Anchor.Length)).Append("\"\n");
        for (var i = 0; i < aliases; i++) text.Append("      - *a\n");
        Replace(content, "action-lines/c2/roadmap.yml", "      - \"ITU Assessment Studies\"\n", text.ToString());
    }

    /// <summary>"Billion laughs": level 0 is ten words, each level above a list of ten aliases to the level below.</summary>
    public static string Laughs(int levels)
    {
        var text = new StringBuilder("      - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= levels; level++)
            text.Append(CultureInfo.InvariantCulture, $"      - &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        return text.ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static void Append(string folder, string path, string text) => File.AppendAllText(Path.Combine(folder, path), text);

    private static void Prepend(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        File.WriteAllText(full, text + File.ReadAllText(full));
    }

    private static void Replace(string folder, string path, string old, string replacement)
    {
        var full = Path.Combine(folder, path);
        var text = File.ReadAllText(full);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{old.Trim()}' is not in {path}: the hostile bench needs the repository's content.");
        File.WriteAllText(full, text[..at] + replacement + text[(at + old.Length)..]);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not run mkfifo.");
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException($"mkfifo {path} failed.");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
