namespace Mentorship.Application.Monitoring.Queries.GetRequestsMap;

/// <summary>A topic of mentees' requests in a municipality: how many mentees asked for it, and in how many requests.</summary>
/// <param name="MunicipalityId">The municipality.</param>
/// <param name="MunicipalityName">Name of the municipality.</param>
/// <param name="Tag">The topic tag of the requests (запрос), lower case.</param>
/// <param name="Mentees">Number of distinct mentees with a request of this tag.</param>
/// <param name="Requests">Number of requests with this tag.</param>
public sealed record RequestTagDto(Guid MunicipalityId, string MunicipalityName, string Tag, int Mentees, int Requests);
