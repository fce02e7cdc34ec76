using System.Globalization;
using Mentorship.Application.Common.Localization;
using Mentorship.Domain.Territory;

namespace Mentorship.Application.Exports;

/// <summary>
/// The labels and local times of one export. The caller's culture is taken when the export starts: the rows are read
/// later, while the response is written. Each label is looked up in the catalogue once per export.
/// </summary>
public sealed class ExportLabels
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<Enum, string> _enums = [];
    private readonly Dictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    public bool IsEnglish => _culture.TwoLetterISOLanguageName == "en";

    /// <summary>A display text of the catalogue (DisplayTexts.resx).</summary>
    public string Text(string key)
    {
        if (!_texts.TryGetValue(key, out var text))
        {
            text = Catalogue.InCulture(_culture, () => Catalogue.Text(key));
            _texts[key] = text;
        }

        return text;
    }

    /// <summary>A display text with one argument formatted in.</summary>
    public string Format(string key, string argument)
    {
        var cacheKey = $"{key}\n{argument}";
        if (!_texts.TryGetValue(cacheKey, out var text))
        {
            text = Catalogue.InCulture(_culture, () => Catalogue.Text(key, argument));
            _texts[cacheKey] = text;
        }

        return text;
    }

    /// <summary>The title of an enum value (<c>enum.&lt;Type&gt;.&lt;Value&gt;</c>), as the reference endpoints give it.</summary>
    public string? Of(Enum? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!_enums.TryGetValue(value, out var title))
        {
            title = Text($"enum.{value.GetType().Name}.{value}");
            _enums[value] = title;
        }

        return title;
    }

    public string? YesNo(bool? value) => value is { } b ? Text(b ? "export.yes" : "export.no") : null;

    /// <summary>The columns of a dataset, their headers from the catalogue keys <c>export.&lt;dataset&gt;.&lt;column&gt;</c>.</summary>
    public IReadOnlyList<ExportColumn> Columns(string dataset, params (string Key, ExportColumnKind Kind)[] columns) =>
        [.. columns.Select(c => new ExportColumn(Text($"export.{dataset}.{c.Key}"), c.Kind))];

    /// <summary>A moment as the region's wall-clock time (a region without a zone yet is in Moscow time).</summary>
    public DateTime? Local(DateTimeOffset? moment, string? timeZone)
    {
        if (moment is not { } value)
        {
            return null;
        }

        var id = timeZone ?? Region.DefaultTimeZone;
        if (!_zones.TryGetValue(id, out var zone))
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            _zones[id] = zone;
        }

        return TimeZoneInfo.ConvertTime(value, zone).DateTime;
    }
}
