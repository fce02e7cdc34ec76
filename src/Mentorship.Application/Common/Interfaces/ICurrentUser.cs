namespace Mentorship.Application.Common.Interfaces;

/// <summary>Who is calling: an authenticated user, an integration client, or nobody.</summary>
public interface ICurrentUser
{
    string? Id { get; }

    bool IsAuthenticated { get; }

    bool IsInRole(string role);
}
