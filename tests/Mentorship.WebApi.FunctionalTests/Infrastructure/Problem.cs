namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>An RFC 9457 problem as a client reads it: the stable code of the refusal, and each field's messages and codes.</summary>
public sealed record Problem(string? Type, string? Title, int Status, string? Detail, string? TraceId, Dictionary<string, string[]>? Errors, string? Code = null, Dictionary<string, string[]>? ErrorCodes = null);
