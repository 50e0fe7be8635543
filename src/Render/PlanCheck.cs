using Wsis.Diagnostics;

namespace Wsis.Render;

/// <summary>
/// A last guard before writing: no two pages may land in the same file, not even in files whose names differ
/// only by case, which are one file on Windows and macOS.
/// </summary>
public static class PlanCheck
{
    public static void ReportCollisions(IReadOnlyList<PlannedPage> plan, DiagnosticBag diagnostics)
    {
        foreach (var group in plan.GroupBy(p => Urls.FileOf(p.Url), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var page in group.Skip(1))
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, page.Origin, $"This page would be written to '{group.Key}', where the page from {first.Origin.Path} already goes.",
                    "Rename the file or id so that each page has its own address.");
        }
    }
}
