using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Municipalities;

public sealed record MunicipalityDto
{
    public Guid Id { get; init; }

    public Guid RegionId { get; init; }

    public required string RegionName { get; init; }

    public required string Name { get; init; }

    public required string Oktmo { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Municipality, MunicipalityDto>().ForMember(d => d.RegionName, o => o.MapFrom(s => s.Region!.Name));
    }
}

[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record CreateMunicipalityCommand(Guid? RegionId, string? Name, string? Oktmo) : IRequest<MunicipalityDto>;

public sealed class CreateMunicipalityValidator : AbstractValidator<CreateMunicipalityCommand>
{
    public CreateMunicipalityValidator()
    {
        RuleFor(c => c.RegionId).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Municipality.NameMaxLength);
        RuleFor(c => c.Oktmo).NotEmpty().Must(Oktmo.IsValid).WithMessage(_ => MunicipalityRules.OktmoFormat);
    }
}

internal sealed class CreateMunicipalityHandler(IApplicationDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<CreateMunicipalityCommand, MunicipalityDto>
{
    public async Task<MunicipalityDto> Handle(CreateMunicipalityCommand request, CancellationToken cancellationToken)
    {
        // A region the caller may not manage is reported like a missing one.
        if (!user.CanManageRegion(request.RegionId!.Value) || !await db.Regions.AnyAsync(r => r.Id == request.RegionId, cancellationToken))
        {
            throw new ValidationException("regionId", Texts.NotFound(nameof(Region), request.RegionId!));
        }

        await MunicipalityRules.EnsureOktmoIsFree(db, request.Oktmo!, null, cancellationToken);
        var municipality = new Municipality(request.RegionId!.Value, request.Name!, Oktmo.Create(request.Oktmo));
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMunicipalityQuery(municipality.Id), cancellationToken);
    }
}

[Authorize(Roles = $"{Roles.Administrator},{Roles.RegionalCoordinator}")]
public sealed record UpdateMunicipalityCommand(string? Name, string? Oktmo) : IRequest<MunicipalityDto>, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public sealed class UpdateMunicipalityValidator : AbstractValidator<UpdateMunicipalityCommand>
{
    public UpdateMunicipalityValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Municipality.NameMaxLength);
        RuleFor(c => c.Oktmo).NotEmpty().Must(Oktmo.IsValid).WithMessage(_ => MunicipalityRules.OktmoFormat);
    }
}

internal sealed class UpdateMunicipalityHandler(IApplicationDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<UpdateMunicipalityCommand, MunicipalityDto>
{
    public async Task<MunicipalityDto> Handle(UpdateMunicipalityCommand request, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        if (!user.CanManageRegion(municipality.RegionId))
        {
            throw new NotFoundException(nameof(Municipality), request.Id);
        }

        await MunicipalityRules.EnsureOktmoIsFree(db, request.Oktmo!, municipality.Id, cancellationToken);
        municipality.Update(request.Name!, Oktmo.Create(request.Oktmo));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMunicipalityQuery(municipality.Id), cancellationToken);
    }
}

[Authorize]
public sealed record GetMunicipalityQuery(Guid Id) : IRequest<MunicipalityDto>;

internal sealed class GetMunicipalityHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMunicipalityQuery, MunicipalityDto>
{
    public async Task<MunicipalityDto> Handle(GetMunicipalityQuery request, CancellationToken cancellationToken) =>
        await db.Municipalities.AsNoTracking().Where(m => m.Id == request.Id).ProjectTo<MunicipalityDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Municipality), request.Id);
}

/// <param name="RegionId">Only the municipalities of this region.</param>
/// <param name="Search">Part of the name, or an OKTMO code prefix.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize]
public sealed record GetMunicipalitiesQuery(Guid? RegionId = null, string? Search = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<MunicipalityDto>>, IPagedRequest;

public sealed class GetMunicipalitiesValidator : AbstractValidator<GetMunicipalitiesQuery>
{
    public GetMunicipalitiesValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
    }
}

internal sealed class GetMunicipalitiesHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetMunicipalitiesQuery, PagedList<MunicipalityDto>>
{
    public Task<PagedList<MunicipalityDto>> Handle(GetMunicipalitiesQuery request, CancellationToken cancellationToken)
    {
        var query = db.Municipalities.AsNoTracking();
        if (request.RegionId is { } regionId)
        {
            query = query.Where(m => m.RegionId == regionId);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            query = query.Where(m => m.Oktmo.StartsWith(search) || m.Name.Contains(search));
        }

        return query.OrderBy(m => m.Name).ThenBy(m => m.Id)
            .ProjectToPagedListAsync<MunicipalityDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

internal static class MunicipalityRules
{
    public static string OktmoFormat => Texts.Pick("Код ОКТМО — 8 или 11 цифр.", "An OKTMO code is 8 or 11 digits.");

    public static async Task EnsureOktmoIsFree(IApplicationDbContext db, string oktmo, Guid? exceptId, CancellationToken cancellationToken)
    {
        var code = oktmo.Trim();
        if (await db.Municipalities.AnyAsync(m => m.Oktmo == code && m.Id != exceptId, cancellationToken))
        {
            throw new ConflictException(Texts.Duplicate(Texts.Pick("Муниципалитет с кодом ОКТМО", "A municipality with OKTMO"), code), "oktmo");
        }
    }
}
