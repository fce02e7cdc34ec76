namespace Mentorship.Application.Matching;

/// <summary>
/// The weights of the matching score, all in one place. The score of a compatible pair is
/// <code>
///   SharedTag × (mentee request tags the mentor has as competences)
/// + WholeRequestCovered, when the mentor has every tag of the mentee's requests
/// + SameOrganization, or else SameMunicipality (the same network of schools), never both
/// + SharedFormat, when mentor and mentee prefer a format in common
/// − FullLoadPenalty × current load ÷ capacity (rounded down), so busy mentors are offered fewer new mentees
/// </code>
/// A shared topic outweighs every preference and the load penalty, so that the request comes first; the penalty is
/// below the organisation bonus, so that a pair from one school never scores zero or less.
/// </summary>
public sealed record MatchingWeights
{
    public static MatchingWeights Default { get; } = new();

    public int SharedTag { get; init; } = 10;

    public int WholeRequestCovered { get; init; } = 5;

    public int SameOrganization { get; init; } = 6;

    public int SameMunicipality { get; init; } = 3;

    public int SharedFormat { get; init; } = 2;

    public int FullLoadPenalty { get; init; } = 4;
}
