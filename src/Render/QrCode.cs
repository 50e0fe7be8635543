using System.Xml.Linq;
using QRCoder;

namespace Wsis.Render;

/// <summary>
/// A QR code as an inline SVG element: vector, so it prints sharp, and drawn with presentation attributes only,
/// because the site's content security policy forbids style attributes.
/// </summary>
public static class QrCode
{
    public static TrustedHtml Svg(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = XElement.Parse(new SvgQRCode(data).GetGraphic(new System.Drawing.Size(100, 100), "#000000", "#ffffff", drawQuietZones: true,
            SvgQRCode.SizingMode.ViewBoxAttribute));
        svg.SetAttributeValue("class", "qr");
        svg.SetAttributeValue("role", "img");
        svg.SetAttributeValue("aria-label", label);
        svg.AddFirst(new XElement(svg.GetDefaultNamespace() + "title", label));
        return new TrustedHtml(svg.ToString(SaveOptions.DisableFormatting));
    }
}
