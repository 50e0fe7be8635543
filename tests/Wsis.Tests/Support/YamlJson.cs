using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Wsis.Diagnostics;
using Wsis.Load;

namespace Wsis.Tests.Support;

/// <summary>
/// Turns the loader's own YAML tree into JSON the way YAML editors see it (YAML 1.2 core schema: plain
/// 12 is a number, plain true a boolean, quoted "12" text), so schemas are checked against what the loader reads.
/// </summary>
public static partial class YamlJson
{
    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    /// <summary>The YAML of a content file (a .yml file, or the front matter of a .md file) as JSON; null if it cannot be parsed.</summary>
    public static JToken? Of(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var file = new SourceFile(path, text);
        var root = path.EndsWith(".md", StringComparison.Ordinal)
            ? FrontMatter.Split(file, diagnostics).FrontMatter
            : YamlTreeParser.Parse(file, text, 1, diagnostics);
        return root is null ? null : ToJson(root);
    }

    public static JToken ToJson(YamlNode node) => node switch
    {
        YamlMapping map => new JObject(map.Entries.Select(e => new JProperty(e.Key.Value, ToJson(e.Value)))),
        YamlSequence list => new JArray(list.Items.Select(ToJson)),
        YamlScalar scalar => Scalar(scalar),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static JToken Scalar(YamlScalar scalar)
    {
        if (!scalar.IsPlain) return new JValue(scalar.Value);
        if (scalar.IsNull) return JValue.CreateNull();
        if (scalar.Value is "true" or "True" or "TRUE") return new JValue(true);
        if (scalar.Value is "false" or "False" or "FALSE") return new JValue(false);
        if (Integer().IsMatch(scalar.Value) && long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return new JValue(whole);
        if (Float().IsMatch(scalar.Value)) return new JValue(double.Parse(scalar.Value, CultureInfo.InvariantCulture));
        return new JValue(scalar.Value);
    }
}
