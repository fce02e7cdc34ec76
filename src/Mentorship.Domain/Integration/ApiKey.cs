using Mentorship.Domain.Common;

namespace Mentorship.Domain.Integration;

/// <summary>
/// An API key of a school information system: created by an administrator, shown once, stored as a hash only,
/// scoped to organisations, revocable. The prefix identifies the key without revealing it.
/// </summary>
public class ApiKey : AuditableEntity
{
    public const int NameMaxLength = 200;
    public const int ClientIdMaxLength = TextLengths.Code;
    public const int PrefixLength = 12;

    private readonly List<ApiKeyOrganization> _organizations = [];

    private ApiKey()
    {
        Name = null!;
        ClientId = null!;
        Prefix = null!;
        SecretHash = null!;
    }

    public ApiKey(string name, string clientId, string prefix, string secretHash, IEnumerable<Guid> organizationIds)
    {
        Name = Guard.NotBlank(name, "name", NameMaxLength);
        ClientId = Guard.NotBlank(clientId, "clientId", ClientIdMaxLength);
        Prefix = prefix.Length == PrefixLength ? prefix : throw new DomainException(ErrorCodes.ApiKey.InvalidPrefix, "prefix", PrefixLength);
        SecretHash = secretHash;
        foreach (var organizationId in organizationIds.Distinct())
        {
            _organizations.Add(new ApiKeyOrganization(Id, organizationId));
        }

        if (_organizations.Count == 0)
        {
            throw new DomainException(ErrorCodes.ApiKey.NoOrganizations, "organizationIds");
        }
    }

    public string Name { get; private set; }

    /// <summary>The integrating client (school system) the key belongs to; external ids are kept per client.</summary>
    public string ClientId { get; private set; }

    public string Prefix { get; private set; }

    /// <summary>SHA-256 of the whole key, hex-encoded.</summary>
    public string SecretHash { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public IReadOnlyCollection<ApiKeyOrganization> Organizations => _organizations.AsReadOnly();

    public bool IsRevoked => RevokedAt is not null;

    public void Revoke(DateTimeOffset at)
    {
        if (IsRevoked)
        {
            throw new DomainConflictException(ErrorCodes.ApiKey.AlreadyRevoked);
        }

        RevokedAt = at;
    }
}

public class ApiKeyOrganization
{
    private ApiKeyOrganization()
    {
    }

    public ApiKeyOrganization(Guid apiKeyId, Guid organizationId)
    {
        ApiKeyId = apiKeyId;
        OrganizationId = organizationId;
    }

    public Guid ApiKeyId { get; private set; }

    public Guid OrganizationId { get; private set; }
}
