using System.Text;
using Wsis.Pdf;

namespace Wsis.Tests.Pdf;

public sealed class PdfFileTests
{
    private static readonly byte[] Sample = Encoding.Latin1.GetBytes(
        "%PDF-1.4\n1 0 obj\n<</Title (T)\n/CreationDate (D:20261123172943+00'00')\n/ModDate (D:20261123172943+00'00')>>\nendobj\n" +
        "2 0 obj\n<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>>\nendobj\n3 0 obj\n<</Type /Page /Parent 2 0 R>>\nendobj\n4 0 obj\n<</Type/Page/Parent 2 0 R>>\nendobj\n");

    [Fact]
    public void Print_times_become_the_content_date_without_moving_any_byte()
    {
        var fixedPdf = PdfFile.Normalise(Sample, "2025-06-01");
        Assert.Equal(Sample.Length, fixedPdf.Length);
        var text = Encoding.Latin1.GetString(fixedPdf);
        Assert.Contains("/CreationDate (D:20250601000000+00'00')", text, StringComparison.Ordinal);
        Assert.Contains("/ModDate (D:20250601000000+00'00')", text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("2 0 obj", StringComparison.Ordinal), Encoding.Latin1.GetString(Sample).IndexOf("2 0 obj", StringComparison.Ordinal));
    }

    [Fact]
    public void Print_times_are_blanked_when_the_site_has_no_content_date()
    {
        var text = Encoding.Latin1.GetString(PdfFile.Normalise(Sample, null));
        Assert.DoesNotContain("CreationDate", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", text, StringComparison.Ordinal);
        Assert.Equal(Sample.Length, text.Length);
    }

    [Fact]
    public void Structure_ids_from_dom_node_numbers_become_ranks_in_the_same_order_and_width()
    {
        static byte[] Tagged(int first) => Encoding.Latin1.GetBytes(
            $"<</ID (node{first:D8})>> <</ID (node{first + 7:D8})>> /Names [(node{first:D8}) 5 0 R (node{first + 7:D8}) 6 0 R (node{first + 123456:D8}) 7 0 R]");
        var a = PdfFile.Normalise(Tagged(15), null);
        var b = PdfFile.Normalise(Tagged(16), null);
        Assert.Equal(a, b);
        Assert.Equal("<</ID (node00000001)>> <</ID (node00000002)>> /Names [(node00000001) 5 0 R (node00000002) 6 0 R (node00000003) 7 0 R]", Encoding.Latin1.GetString(a));
    }

    [Fact]
    public void Counts_page_objects_but_not_the_page_tree() => Assert.Equal(2, PdfFile.PageCount(Sample));
}
