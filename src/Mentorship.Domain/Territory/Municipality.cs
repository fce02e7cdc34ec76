using Mentorship.Domain.Common;

namespace Mentorship.Domain.Territory;

/// <summary>A municipal formation (муниципальное образование) of a region.</summary>
public class Municipality : AuditableEntity
{
    public const int NameMaxLength = 200;

    private Municipality()
    {
        Name = null!;
        Oktmo = null!;
    }

    public Municipality(Guid regionId, string name, Oktmo oktmo)
    {
        RegionId = regionId;
        Name = Guard.NotBlank(name, "name", NameMaxLength);
        Oktmo = oktmo.Value;
    }

    public Guid RegionId { get; private set; }

    public Region? Region { get; private set; }

    public string Name { get; private set; }

    /// <summary>The OKTMO code, validated by <see cref="Territory.Oktmo"/>.</summary>
    public string Oktmo { get; private set; }

    public void Update(string name, Oktmo oktmo)
    {
        Name = Guard.NotBlank(name, "name", NameMaxLength);
        Oktmo = oktmo.Value;
    }
}
