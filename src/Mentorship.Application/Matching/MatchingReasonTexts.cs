using System.Globalization;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Reference;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Matching;

/// <summary>
/// The texts of a proposal's reasons (<c>matching.reason.*</c>) and the formats' titles in the current culture, looked
/// up once for a whole run. A region's run explains tens of thousands of pairs with several reasons each; looked up one
/// by one, every text walks the resource manager's culture fallback, and the lookups of the parallel explanation
/// queue on its lock. The result is the same text <see cref="Catalogue.Text"/> gives.
/// </summary>
public sealed class MatchingReasonTexts
{
    private readonly CultureInfo _culture;
    private readonly Dictionary<MentoringFormat, string> _titles;

    private MatchingReasonTexts()
    {
        _culture = CultureInfo.CurrentCulture;
        Score = Catalogue.Text("matching.reason.score");
        SharedTags = Catalogue.Text("matching.reason.shared_tags");
        WholeRequest = Catalogue.Text("matching.reason.whole_request");
        SameOrganization = Catalogue.Text("matching.reason.same_organization");
        SameMunicipality = Catalogue.Text("matching.reason.same_municipality");
        SharedFormat = Catalogue.Text("matching.reason.shared_format");
        Load = Catalogue.Text("matching.reason.load");
        _titles = Enum.GetValues<MentoringFormat>().ToDictionary(f => f, ReferenceTitles.Of);
    }

    internal string Score { get; }

    internal string SharedTags { get; }

    internal string WholeRequest { get; }

    internal string SameOrganization { get; }

    internal string SameMunicipality { get; }

    internal string SharedFormat { get; }

    internal string Load { get; }

    /// <summary>The texts in the current culture (the request's, or the job's).</summary>
    public static MatchingReasonTexts Current() => new();

    internal string Title(MentoringFormat format) => _titles[format];

    internal string Format(string text, params object?[] arguments) => string.Format(_culture, text, arguments);
}
