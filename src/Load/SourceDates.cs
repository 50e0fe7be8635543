using System.Globalization;

namespace Wsis.Load;

/// <summary>
/// The date each source file last changed, from git, keyed by its path in the repository ("content/site.yml",
/// "templates/404.html"). Empty when git or its history is not there: pages then show no date.
/// </summary>
public sealed record SourceDates(IReadOnlyDictionary<string, string> ByPath)
{
    public static readonly SourceDates None = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public string? Of(string repositoryPath) => ByPath.GetValueOrDefault(repositoryPath);

    /// <summary>The newest change below a folder ("content/"): the date of the content as a whole.</summary>
    public string? NewestUnder(string folderPrefix) =>
        ByPath.Where(e => e.Key.StartsWith(folderPrefix, StringComparison.Ordinal)).Select(e => e.Value).Max(StringComparer.Ordinal);

    /// <summary>One `git log` per folder; commit dates make the result the same on every machine for the same history.</summary>
    public static SourceDates Read(string contentFolder, string templatesFolder)
    {
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, prefix) in new[] { (contentFolder, "content/"), (templatesFolder, "templates/") })
            foreach (var (path, date) in LastChanged(folder))
                dates.TryAdd(prefix + path, date);
        return new SourceDates(dates);
    }

    /// <summary>Paths relative to the folder and the date (YYYY-MM-DD) of the newest commit that touched each.</summary>
    public static IReadOnlyDictionary<string, string> LastChanged(string folder)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var output = GitProcess.Text(folder, "-c", "core.quotepath=off", "log", "--format=%x1e%cs", "--name-only", "--relative", "--no-renames", "--", ".");
        if (output is null) return result;
        foreach (var record in output.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Length < 2 || !DateOnly.TryParseExact(lines[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) continue;
            // git log lists the newest commit first, so the first date seen for a path is its last change.
            foreach (var path in lines.Skip(1)) result.TryAdd(path, lines[0]);
        }
        return result;
    }
}
