namespace Mentorship.Application.Common.Interfaces;

/// <summary>
/// Who is calling and what they may see: a user with a bearer token, a school system with an API key, a
/// background job (the system), or nobody. The scope claims come from the token or the key.
/// </summary>
public interface ICurrentUser
{
    /// <summary>The subject: a user id, or "client:&lt;id&gt;" for an integration client.</summary>
    string? Id { get; }

    bool IsAuthenticated { get; }

    /// <summary>Work done by the application itself (Hangfire jobs, start-up): not limited by any scope.</summary>
    bool IsSystem { get; }

    IReadOnlyCollection<string> Roles { get; }

    /// <summary>The region of a regional coordinator or analyst.</summary>
    Guid? RegionId { get; }

    /// <summary>The municipality of a municipal coordinator.</summary>
    Guid? MunicipalityId { get; }

    /// <summary>The organisations of an organisation administrator, a curator or an integration client.</summary>
    IReadOnlyCollection<Guid> OrganizationIds { get; }

    /// <summary>The person record of a mentor or mentee (own records only).</summary>
    Guid? PersonId { get; }

    /// <summary>The integration client, for API-key callers.</summary>
    string? ClientId { get; }

    /// <summary>The network address the request came from, for the audit log.</summary>
    string? RemoteAddress { get; }

    bool IsInRole(string role);
}
