namespace Wsis.Tests.Hostile;
public class DumpExamples
{
    [Fact]
    public void Dump()
    {
        var lines = new List<string>();
        foreach (var c in HostileCases.All)
            foreach (var d in c.Content.Build().Diagnostics)
                lines.Add($"{d.Code}\t{c.Name}\t{d.Severity}\t{d}");
        File.WriteAllLines("/tmp/examples.tsv", lines);
    }
}
