using Wsis.Build;
using Wsis.Cli;
using Wsis.Pdf;

namespace Wsis.Tests.Pdf;

public sealed class PdfCommandTests
{
    [Fact]
    public async Task Without_chromium_the_pdf_command_says_how_to_install_it_exits_non_zero_and_writes_nothing()
    {
        var output = Path.Combine(Path.GetTempPath(), $"wsis-no-chromium-{Environment.ProcessId}");
        var errors = new StringWriter();
        var exit = await PdfCommand.Run(new BuildOptions { ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, OutputDirectory = output },
            Paper.A4, Path.Combine(output, "no-such-chromium"), errors);
        Assert.Equal(ExitCodes.ToolFailed, exit);
        Assert.Contains("apt-get install -y chromium", errors.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
