namespace Wsis.Diagnostics;

/// <summary>Every code the generator reports; docs/editing.md lists them with an example each.</summary>
public static class DiagnosticCodes
{
    // Load: reading files.
    public const string NotUtf8 = "WSIS001";
    public const string ByteOrderMark = "WSIS002";
    public const string EmptyFile = "WSIS003";
    public const string FileTooLarge = "WSIS004";
    public const string YamlSyntax = "WSIS005";
    public const string TabIndentation = "WSIS006";
    public const string FrontMatter = "WSIS007";
    public const string MissingFile = "WSIS008";
    public const string UnexpectedFile = "WSIS009";
    public const string NestingTooDeep = "WSIS010";
    public const string SymbolicLink = "WSIS011";
    public const string UnreadableFile = "WSIS012";
    public const string ControlCharacter = "WSIS013";
    public const string AliasLimit = "WSIS014";
    public const string MarkdownLimit = "WSIS015";

    // Validate: the shape of each file.
    public const string MissingField = "WSIS101";
    public const string WrongType = "WSIS102";
    public const string UnknownField = "WSIS103";
    public const string InvalidValue = "WSIS104";

    // Validate: identities and references.
    public const string DuplicateId = "WSIS201";
    public const string UnknownSdg = "WSIS202";
    public const string UnknownStakeholder = "WSIS203";
    public const string UnknownSource = "WSIS204";
    public const string UnknownReference = "WSIS205";
    public const string UnsafePath = "WSIS206";
    public const string IdMismatch = "WSIS207";
    public const string HtmlNotAllowed = "WSIS208";
    public const string UnsafeLink = "WSIS209";
    public const string DuplicateUrl = "WSIS210";
    public const string UnknownRef = "WSIS211";
    public const string EditionOrder = "WSIS212";
    public const string EditionDoesNotBuild = "WSIS213";
    public const string NoRepository = "WSIS214";

    // Legal but suspicious (warnings), except UnsafeMarkup: the sanitizer had to remove something, which is an error.
    public const string NoSdg = "WSIS301";
    public const string EmptyList = "WSIS302";
    public const string TrailingSpace = "WSIS303";
    public const string UnsafeMarkup = "WSIS304";
    public const string NoBaseUrl = "WSIS305";

    // Render and check.
    public const string TemplateError = "WSIS401";
    public const string BrokenLink = "WSIS501";
    public const string MissingFragment = "WSIS502";
    public const string DuplicateFragment = "WSIS503";

    // Write: the output folder.
    public const string OutputNotWritten = "WSIS601";
}
