using Wsis.Diagnostics;
using Wsis.Tests.Support;

namespace Wsis.Tests.Editions;

/// <summary>schemas/editions.schema.json and the reader of editions.yml agree: what one rejects for its shape, the other rejects too.</summary>
public class EditionSchemaTests
{
    private static readonly string Valid = EditionRepo.EditionsYaml(("first", "ed-one"), ("second", "ed-two"));

    [Fact]
    public void The_schema_accepts_a_valid_list()
    {
        Assert.Empty(SchemaCatalog.Errors("editions.yml", Valid));
    }

    [Theory]
    [InlineData("    title: Second edition\n", "", DiagnosticCodes.MissingField)]
    [InlineData("id: second", "id: Second", DiagnosticCodes.UnsafePath)]
    [InlineData("date: 2026-02-20", "date: 20 February 2026", DiagnosticCodes.InvalidValue)]
    [InlineData("ref: ed-two", "ref: ed-two\n    tag: ed-two", DiagnosticCodes.UnknownField)]
    [InlineData("ref: ed-two", "ref: [ed-two]", DiagnosticCodes.WrongType)]
    public void A_list_the_reader_rejects_for_its_shape_the_schema_rejects_too(string old, string replacement, string code)
    {
        var text = Valid.Replace(old, replacement);

        var result = ContentSet.Minimal.With("editions.yml", text).Build();

        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == code && d.Location.Path == "editions.yml");
        Assert.NotEmpty(SchemaCatalog.Errors("editions.yml", text));
    }
}
