using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;
using Mentorship.Application.Common.Localization;
using Mentorship.Domain.Common;
using NUnit.Framework;

namespace Mentorship.Application.UnitTests.Localization;

/// <summary>
/// The error codes and the message catalogue hold each other: every code has a Russian and an English text, every
/// text belongs to a code that some rule refuses with, and no refusal is written as a text of its own.
/// </summary>
public sealed partial class ErrorCatalogueTests
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Test]
    public void Every_code_has_a_russian_and_an_english_text_with_the_same_placeholders()
    {
        var ru = Texts(Russian);
        var en = Texts(English);
        foreach (var (name, code) in Codes())
        {
            ru.Should().ContainKey(code, $"{name} needs a Russian text in ErrorMessages.resx");
            en.Should().ContainKey(code, $"{name} needs an English text in ErrorMessages.en.resx");
            ru[code].Should().NotBe(en[code], $"{code}: the Russian text is not a copy of the English one");
            Placeholders(ru[code]).Should().BeEquivalentTo(Placeholders(en[code]), $"{code} formats the same arguments in both languages");
        }
    }

    [Test]
    public void Every_catalogue_entry_is_a_code()
    {
        var codes = Codes().Select(c => c.Code).ToHashSet();
        Texts(Russian).Keys.Should().BeSubsetOf(codes, "ErrorMessages.resx holds only the texts of declared codes");
        Texts(English).Keys.Should().BeSubsetOf(codes, "ErrorMessages.en.resx holds only the texts of declared codes");
    }

    [Test]
    public void Every_code_is_used_by_some_rule()
    {
        var sources = Sources().Where(f => !Path.GetFileName(f).StartsWith("ErrorCodes", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        var unused = Codes().Where(c => !sources.Any(s => s.Contains(c.Name, StringComparison.Ordinal))).Select(c => c.Name).ToList();
        unused.Should().BeEmpty("every code in the catalogue is thrown or set somewhere");
    }

    [Test]
    public void No_refusal_carries_a_text_of_its_own()
    {
        var offenders = Sources()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => TextInException().IsMatch(l.Text) || l.Text.Contains("Texts.Pick(", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(Root(), l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.Should().BeEmpty("refusals name a code from ErrorCodes; the catalogue holds their texts");
    }

    private static List<(string Name, string Code)> Codes() =>
        typeof(ErrorCodes).GetNestedTypes()
            .SelectMany(area => area.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => ($"ErrorCodes.{area.Name}.{f.Name}", (string)f.GetRawConstantValue()!)))
            .ToList();

    /// <summary>The entries of the catalogue file of that language, read as written (no fallback to the other).</summary>
    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var file = Path.Combine(Root(), "src/Mentorship.Application/Resources", culture.Equals(English) ? "ErrorMessages.en.resx" : "ErrorMessages.resx");
        return XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
    }

    [Test]
    public void The_catalogue_answers_in_the_callers_language()
    {
        Catalogue.InCulture(Russian, () => Catalogue.Error(ErrorCodes.Validation.Required, ["name"])).Should().Be("Поле «name» обязательно.");
        Catalogue.InCulture(English, () => Catalogue.Error(ErrorCodes.Validation.Required, ["name"])).Should().Be("'name' must not be empty.");
        Catalogue.AllErrors().Select(e => e.Code).Should().Contain(Codes().Select(c => c.Code));
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Order();

    private static IEnumerable<string> Sources() =>
        new[] { "src/Mentorship.Domain", "src/Mentorship.Application", "src/Mentorship.Infrastructure", "src/Mentorship.WebApi" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root(), p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string Root()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Mentorship.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Mentorship.sln not found above the test directory.");
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    // A refusal built with a message (a string literal with a space in it) instead of a code. Programmer errors
    // (InvalidOperation, Argument…) never reach a client as a refusal and keep their English text.
    [GeneratedRegex("""new (?!InvalidOperation|Argument|NotSupported|NotImplemented)\w*Exception\([^;]*\$?"[^"]* [^"]*"|Exception\(Texts\.""")]
    private static partial Regex TextInException();
}
