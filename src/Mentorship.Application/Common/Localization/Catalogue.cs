using System.Globalization;
using Mentorship.Application.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mentorship.Application.Common.Localization;

/// <summary>
/// The one message catalogue: the .resx files under Resources, read through <see cref="IStringLocalizer"/> in the
/// request's culture (Russian by default, English with Accept-Language: en). Errors are looked up by their stable
/// code; display texts (titles, checklist items, reasons, headers) by key. Static, so that the domain's refusals and
/// the reference titles reach it from anywhere without a service to carry around; the same localizers are in DI.
/// </summary>
public static class Catalogue
{
    private static readonly ResourceManagerStringLocalizerFactory Factory =
        new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer Errors { get; } = Factory.Create(typeof(ErrorMessages));

    public static IStringLocalizer Texts { get; } = Factory.Create(typeof(DisplayTexts));

    /// <summary>The cultures the catalogue is written in; the first is the default.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [CultureInfo.GetCultureInfo("ru"), CultureInfo.GetCultureInfo("en")];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static bool HasError(string code) => !Errors[code].ResourceNotFound;

    /// <summary>The text of an error code in the current culture, its arguments formatted in; an unknown code is itself.</summary>
    public static string Error(string code, IReadOnlyList<object?>? arguments = null)
    {
        var text = Errors[code];
        return text.ResourceNotFound ? code : Format(text.Value, arguments);
    }

    /// <summary>A display text in the current culture.</summary>
    public static string Text(string key, params object?[] arguments)
    {
        var text = Texts[key];
        return text.ResourceNotFound ? key : Format(text.Value, arguments);
    }

    /// <summary>The title of an entity type (Region, Programme…), for messages such as "not found".</summary>
    public static string Entity(string entity)
    {
        var text = Texts[$"entity.{entity}"];
        return text.ResourceNotFound ? entity : text.Value;
    }

    /// <summary>Every error code with its text in each catalogue culture.</summary>
    public static IReadOnlyList<(string Code, IReadOnlyDictionary<string, string> Texts)> AllErrors()
    {
        // The default (Russian) texts are the neutral resources: their names are every code there is.
        var codes = InCulture(CultureInfo.InvariantCulture, () => Errors.GetAllStrings(includeParentCultures: false).Select(s => s.Name).Order(StringComparer.Ordinal).ToList());
        return codes.Select(code => (code, (IReadOnlyDictionary<string, string>)Cultures.ToDictionary(
            c => c.TwoLetterISOLanguageName, c => InCulture(c, () => Errors[code].Value)))).ToList();
    }

    public static T InCulture<T>(CultureInfo culture, Func<T> read)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = current;
        }
    }

    private static string Format(string text, IReadOnlyList<object?>? arguments) =>
        arguments is null || arguments.Count == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, [.. arguments.Select(Localize)]);

    // An enum argument shows as its reference title when the catalogue has one ("enum.MentoringForm.PupilPupil").
    private static object? Localize(object? argument) => argument switch
    {
        Enum value when Texts[$"enum.{value.GetType().Name}.{value}"] is { ResourceNotFound: false } title => title.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => argument,
    };
}
