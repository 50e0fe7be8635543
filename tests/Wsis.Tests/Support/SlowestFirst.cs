using Wsis.Tests.Browser;
using Wsis.Tests.Check;
using Wsis.Tests.Pdf;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(Wsis.Tests.Support.SlowestFirst))]

namespace Wsis.Tests.Support;

/// <summary>
/// Starts the collections that wait on Chromium, Java or a child test run first. They are the longest, and mostly wait, so the
/// run ends when they do if they start at once rather than after whatever the default order put before them.
/// Then the classes whose many cases run one after another (a class is a collection): started last, the longest of
/// them ran alone at the end of the run for 25 s.
/// </summary>
public sealed class SlowestFirst : ITestCollectionOrderer
{
    private static readonly string[] Slowest =
    [
        BrowserCollection.Name, PdfCollection.Name, HtmlCheckerCollection.Name, typeof(RequiredToolTests).FullName!,
        typeof(Hostile.HostileContentTests).FullName!, typeof(Hostile.ContentFuzzTests).FullName!, typeof(Hostile.ExpansionCaseTests).FullName!,
        typeof(Security.RendererAgainstSanitizerTests).FullName!, typeof(Serve.ServeTests).FullName!,
    ];

    private static int Rank(string collection) =>
        Array.FindIndex(Slowest, name => collection == name || collection.Contains(name, StringComparison.Ordinal)) is var rank and >= 0 ? rank : Slowest.Length;

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        testCollections
            .OrderBy(c => Rank(c.TestCollectionDisplayName))
            .ThenBy(c => c.UniqueID, StringComparer.Ordinal)
            .ToList();
}
