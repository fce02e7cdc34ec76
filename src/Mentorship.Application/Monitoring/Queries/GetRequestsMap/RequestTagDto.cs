namespace Mentorship.Application.Monitoring.Queries.GetRequestsMap;

/// <summary>A topic of mentees' requests in a municipality: how many mentees asked for it, and in how many requests.</summary>
public sealed record RequestTagDto(Guid MunicipalityId, string MunicipalityName, string Tag, int Mentees, int Requests);
