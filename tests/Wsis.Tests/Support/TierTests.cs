using System.Reflection;
using Wsis.Tests.Browser;
using Wsis.Tests.Pdf;

namespace Wsis.Tests.Support;

/// <summary>The quick loop, --filter "Category!=Browser", leaves out every test that starts a browser, and only those.</summary>
public class TierTests
{
    private static readonly Type[] Classes = typeof(TierTests).Assembly.GetTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any())).ToArray();

    private static IEnumerable<string> Categories(Type type) =>
        type.GetCustomAttributes<TraitAttribute>().Select(t => t.Value);

    private static bool Takes<TFixture>(Type type) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(TFixture)));

    [Fact]
    public void Every_class_that_starts_chromium_is_in_the_browser_tier_and_a_pdf_printing_one_in_the_pdf_tier_too()
    {
        var browser = Classes.Where(t => Takes<ServedSite>(t) || Takes<PrintedHandouts>(t)).ToList();

        Assert.NotEmpty(browser);
        Assert.All(browser, t => Assert.Contains("Browser", Categories(t)));
        Assert.All(Classes.Where(Takes<PrintedHandouts>), t => Assert.Contains("Pdf", Categories(t)));
        Assert.All(Classes.Except(browser), t => Assert.DoesNotContain("Browser", Categories(t)));
    }
}
