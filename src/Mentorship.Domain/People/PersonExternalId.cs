using Mentorship.Domain.Common;

namespace Mentorship.Domain.People;

/// <summary>
/// The id an integrating school system gives the person. Unique per client, so pushes are idempotent: the same
/// client sending the same external id updates the same person.
/// </summary>
public class PersonExternalId : BaseEntity
{
    public const int ClientIdMaxLength = TextLengths.Code;
    public const int ExternalIdMaxLength = TextLengths.Label;

    private PersonExternalId()
    {
        ClientId = null!;
        ExternalId = null!;
    }

    internal PersonExternalId(Guid personId, string clientId, string externalId)
    {
        PersonId = personId;
        ClientId = Guard.NotBlank(clientId, "clientId", ClientIdMaxLength);
        ExternalId = Guard.NotBlank(externalId, "externalId", ExternalIdMaxLength);
    }

    public Guid PersonId { get; private set; }

    public string ClientId { get; private set; }

    public string ExternalId { get; private set; }

    internal void Change(string externalId) => ExternalId = Guard.NotBlank(externalId, "externalId", ExternalIdMaxLength);
}
