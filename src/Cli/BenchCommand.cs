using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Sample;

namespace Wsis.Cli;

/// <summary>`bench`: builds a sample of N items and prints each stage's time, pages per second and peak memory.</summary>
public static class BenchCommand
{
    public static Command Create(CommonOptions common)
    {
        var items = SampleCommand.ItemsOption(4000);
        var runs = new Option<int>("--runs") { Description = "Builds to run in this process; the first includes start-up (JIT), the median column the rest.", DefaultValueFactory = _ => 1 };
        var work = new Option<string?>("--work") { Description = "Folder for the sample and its output (default: a new folder on /dev/shm, else the temp folder; deleted afterwards)." };
        var hostile = new Option<bool>("--hostile") { Description = "Instead of a sample, build the content changed by each pathological input in a child process and print time, peak memory and outcome." };
        var only = new Option<string?>("--case") { Description = "With --hostile: only the cases whose name contains this text." };
        var timeout = new Option<int>("--timeout") { Description = "With --hostile: seconds after which a case is stopped and shown as a timeout.", DefaultValueFactory = _ => 60 };
        var search = new Option<bool>("--search") { Description = "Build the search index too (Pagefind from node_modules beside the content or the templates: run 'npm ci' first)." };
        var memoryCap = new Option<int>("--memory-cap") { Description = "With --hostile: MiB of resident memory above which a case is stopped.", DefaultValueFactory = _ => 3072 };
        var command = new Command("bench", """
            Write a sample of N items, build it (read, load, validate, model, prepare, render ▸ scan ▸ write, check,
            finish) and print a table of each stage's time, pages per second, memory allocated and the process's peak
            memory, to compare across commits. With --search the build writes its search index too.
            For whole-process numbers side by side with Hugo, see bench/compare-hugo.sh.

            With --hostile it builds instead a copy of the content changed by each pathological input (YAML alias
            bombs, floods of errors, Markdown pathologies, a runaway template, links and FIFOs in the tree), each in a
            child process with a timeout and a memory cap, and prints each case's time, peak memory and outcome.

            Examples:
              dotnet run -c Release -- bench --items 4000 --runs 3
              dotnet run -c Release -- bench --items 4000 --runs 3 --search
              dotnet run -c Release -- bench --hostile
              dotnet run -c Release -- bench --hostile --case markdown --timeout 120
            """);
        command.Options.Add(items);
        command.Options.Add(runs);
        command.Options.Add(work);
        command.Options.Add(search);
        command.Options.Add(hostile);
        command.Options.Add(only);
        command.Options.Add(timeout);
        command.Options.Add(memoryCap);
        common.AddTo(command);
        command.SetAction(parse => parse.GetValue(hostile)
            ? RunHostile(parse.GetValue(common.Content)!, parse.GetValue(common.Templates)!, parse.GetValue(only), parse.GetValue(timeout), parse.GetValue(memoryCap), parse.GetValue(work))
            : Run(parse.GetValue(items), Math.Max(1, parse.GetValue(runs)), parse.GetValue(work), parse.GetValue(common.Templates)!, parse.GetValue(search)));
        return command;
    }

    private static int RunHostile(string content, string templates, string? only, int timeoutSeconds, int memoryCapMiB, string? work)
    {
        return HostileBench.Run(content, templates, only, TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds)), Math.Max(64, memoryCapMiB) * 1024L * 1024, work);
    }

    private static int Run(int itemCount, int runs, string? workFolder, string templates, bool search)
    {
        var root = workFolder ?? Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"wsis-bench-{Environment.ProcessId}");
        var content = Path.Combine(root, "content");
        var output = Path.Combine(root, "site");
        if (SampleCommand.Write(content, ContentFormat.Files(SampleGenerator.Generate(itemCount))) is { } error)
        {
            Console.Error.WriteLine($"error: {error}");
            return ExitCodes.Usage;
        }
        try
        {
            var results = new List<(BuildResult Result, double AllocatedMiB)>();
            for (var run = 0; run < runs; run++)
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var result = SiteBuilder.Build(new BuildOptions { ContentDirectory = content, TemplatesDirectory = templates, OutputDirectory = output, Search = search ? Search.SearchIndexing.Required : Search.SearchIndexing.Off, CompactBetweenStages = true });
                results.Add((result, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0));
                if (result.SearchFailed)
                {
                    Console.Error.WriteLine($"error: {result.SearchIndex}");
                    return ExitCodes.ToolFailed;
                }
                if (!result.Succeeded)
                {
                    DiagnosticPrinter.Print(result.Diagnostics, result.SourceTexts, Console.Error);
                    Console.Error.WriteLine($"error: the sample did not build ({result.ErrorCount} errors); this is a bug in the generator or the sample.");
                    return ExitCodes.ContentErrors;
                }
            }
            Console.Write(Table(itemCount, results));
            return ExitCodes.Success;
        }
        finally
        {
            if (workFolder is null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static string Table(int itemCount, IReadOnlyList<(BuildResult Result, double AllocatedMiB)> runs)
    {
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        var pages = runs[0].Result.PageCount;
        var stages = runs[0].Result.Timings.Stages.Select(s => s.Stage).ToList();
        var warm = runs.Skip(1).ToList();
        var header = new List<string> { "stage" };
        header.AddRange(runs.Select((_, i) => $"run {i + 1}: wall (CPU) ms"));
        if (warm.Count > 0) header.Add("median of runs 2+");

        var rows = new List<List<string>>();
        foreach (var stage in stages)
        {
            var times = runs.Select(r => r.Result.Timings.Stages.First(s => s.Stage == stage)).ToList();
            var row = new List<string> { stage };
            row.AddRange(times.Select(t => $"{Ms(t.Elapsed)} ({Ms(t.Cpu)})"));
            if (warm.Count > 0) row.Add($"{F(Median(times.Skip(1).Select(t => t.Elapsed.TotalMilliseconds)), "0")} ({F(Median(times.Skip(1).Select(t => t.Cpu.TotalMilliseconds)), "0")})");
            rows.Add(row);
        }
        // The streamed stage's parts: each page's render, scan and write, summed over threads.
        foreach (var part in runs[0].Result.Timings.Parts.Select(p => p.Part))
        {
            var times = runs.Select(r => r.Result.Timings.Parts.First(p => p.Part == part).ThreadTime.TotalMilliseconds).ToList();
            var row = new List<string> { $"· {part} (thread time)" };
            row.AddRange(times.Select(t => $"({F(t, "0")})"));
            if (warm.Count > 0) row.Add($"({F(Median(times.Skip(1)), "0")})");
            rows.Add(row);
        }
        var total = new List<string> { "**total**" };
        total.AddRange(runs.Select(r => $"**{Ms(r.Result.Timings.Total)}** ({Ms(r.Result.Timings.TotalCpu)})"));
        if (warm.Count > 0) total.Add($"**{F(Median(warm.Select(r => r.Result.Timings.Total.TotalMilliseconds)), "0")}** ({F(Median(warm.Select(r => r.Result.Timings.TotalCpu.TotalMilliseconds)), "0")})");
        rows.Add(total);
        var rate = new List<string> { "pages/s" };
        rate.AddRange(runs.Select(r => F(pages / r.Result.Timings.Total.TotalSeconds, "0")));
        if (warm.Count > 0) rate.Add(F(Median(warm.Select(r => pages / r.Result.Timings.Total.TotalSeconds)), "0"));
        rows.Add(rate);
        var allocated = new List<string> { "allocated (MiB)" };
        allocated.AddRange(runs.Select(r => F(r.AllocatedMiB, "0")));
        if (warm.Count > 0) allocated.Add(F(Median(warm.Select(r => r.AllocatedMiB)), "0"));
        rows.Add(allocated);

        using var process = Process.GetCurrentProcess();
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Benchmark: {itemCount} sample items, {pages} pages, {runs[0].Result.FileCount} files; .NET {Environment.Version}, {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC.");
        text.AppendLine("Each cell: wall time (CPU time of all threads), in ms. On 2 cores a parallel stage's CPU time can be up to twice its wall time.");
        text.AppendLine("Pages are rendered, scanned for the link check and written one by one in parallel; the rows marked · split that stage by part.");
        text.AppendLine();
        text.AppendLine("| " + string.Join(" | ", header) + " |");
        text.AppendLine("|" + string.Join("|", header.Select((_, i) => i == 0 ? " --- " : " ---: ")) + "|");
        foreach (var row in rows) text.AppendLine("| " + string.Join(" | ", row) + " |");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Peak memory of this process: {F(process.PeakWorkingSet64 / 1024.0 / 1024.0, "0")} MiB (all runs; the sample itself is written before the first run).");
        text.AppendLine(CultureInfo.InvariantCulture, $"Garbage collections (all runs): {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; CPU time of the process: {F(process.TotalProcessorTime.TotalSeconds, "0.00")} s.");
        return text.ToString();
    }
}
