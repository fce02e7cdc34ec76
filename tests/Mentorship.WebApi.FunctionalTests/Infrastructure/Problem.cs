namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>An RFC 9457 problem as a client reads it.</summary>
public sealed record Problem(string? Type, string? Title, int Status, string? Detail, string? TraceId, Dictionary<string, string[]>? Errors);
