using Wsis.Tests.Browser;
using Wsis.Tests.Check;
using Wsis.Tests.Pdf;
using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCollectionOrderer(typeof(Wsis.Tests.Support.SlowestFirst))]

namespace Wsis.Tests.Support;

/// <summary>
/// Starts the collections that wait on Chromium or Java first. They are the longest, and mostly wait, so the
/// run ends when they do if they start at once rather than after whatever the default order put before them.
/// </summary>
public sealed class SlowestFirst : ITestCollectionOrderer
{
    private static readonly string[] Slowest = [BrowserCollection.Name, PdfCollection.Name, HtmlCheckerCollection.Name];

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        testCollections
            .OrderBy(c => Array.IndexOf(Slowest, c.TestCollectionDisplayName) is var rank and >= 0 ? rank : Slowest.Length)
            .ThenBy(c => c.UniqueID, StringComparer.Ordinal)
            .ToList();
}
