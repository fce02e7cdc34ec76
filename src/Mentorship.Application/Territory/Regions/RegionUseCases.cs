using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Territory.Regions;

public sealed record RegionDto
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public int PupilAgeFrom { get; init; }

    public int PupilAgeTo { get; init; }

    public long Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Region, RegionDto>();
    }
}

[Authorize(Roles = Roles.Administrator)]
public sealed record CreateRegionCommand(string? Code, string? Name, int? PupilAgeFrom, int? PupilAgeTo) : IRequest<RegionDto>;

public sealed class CreateRegionValidator : AbstractValidator<CreateRegionCommand>
{
    public CreateRegionValidator()
    {
        RuleFor(c => c.Code).NotEmpty().Must(Region.IsValidCode).WithMessage(_ => Texts.Pick("Код региона — две цифры, например «38».", "A region code is two digits, such as \"38\"."));
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Region.NameMaxLength);
        RegionRules.AgeBand(this, c => c.PupilAgeFrom, c => c.PupilAgeTo);
    }
}

internal sealed class CreateRegionHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<CreateRegionCommand, RegionDto>
{
    public async Task<RegionDto> Handle(CreateRegionCommand request, CancellationToken cancellationToken)
    {
        await RegionRules.EnsureCodeIsFree(db, request.Code!, null, cancellationToken);
        var region = new Region(request.Code!, request.Name!);
        region.SetPupilAgeBand(request.PupilAgeFrom ?? Region.DefaultPupilAgeFrom, request.PupilAgeTo ?? Region.DefaultPupilAgeTo);
        db.Regions.Add(region);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<RegionDto>(region);
    }
}

[Authorize(Roles = Roles.Administrator)]
public sealed record UpdateRegionCommand(string? Code, string? Name, int? PupilAgeFrom, int? PupilAgeTo) : IRequest<RegionDto>, IVersionedCommand
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public sealed class UpdateRegionValidator : AbstractValidator<UpdateRegionCommand>
{
    public UpdateRegionValidator()
    {
        RuleFor(c => c.Code).NotEmpty().Must(Region.IsValidCode).WithMessage(_ => Texts.Pick("Код региона — две цифры, например «38».", "A region code is two digits, such as \"38\"."));
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Region.NameMaxLength);
        RegionRules.AgeBand(this, c => c.PupilAgeFrom, c => c.PupilAgeTo);
    }
}

internal sealed class UpdateRegionHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<UpdateRegionCommand, RegionDto>
{
    public async Task<RegionDto> Handle(UpdateRegionCommand request, CancellationToken cancellationToken)
    {
        var region = await db.Regions.FindVersionedAsync(request.Id, request.ExpectedVersion, cancellationToken);
        await RegionRules.EnsureCodeIsFree(db, request.Code!, region.Id, cancellationToken);
        region.Update(request.Code!, request.Name!, request.PupilAgeFrom ?? region.PupilAgeFrom, request.PupilAgeTo ?? region.PupilAgeTo);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<RegionDto>(region);
    }
}

[Authorize]
public sealed record GetRegionQuery(Guid Id) : IRequest<RegionDto>;

internal sealed class GetRegionHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRegionQuery, RegionDto>
{
    public async Task<RegionDto> Handle(GetRegionQuery request, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().Where(r => r.Id == request.Id).ProjectTo<RegionDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Region), request.Id);
}

/// <param name="Search">Part of the name, or the exact code.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize]
public sealed record GetRegionsQuery(string? Search = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<RegionDto>>, IPagedRequest;

public sealed class GetRegionsValidator : AbstractValidator<GetRegionsQuery>
{
    public GetRegionsValidator()
    {
        Include(new PagedRequestValidator());
        RuleFor(q => q.Search).MaximumLength(200);
    }
}

internal sealed class GetRegionsHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetRegionsQuery, PagedList<RegionDto>>
{
    public Task<PagedList<RegionDto>> Handle(GetRegionsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Regions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            query = query.Where(r => r.Code == search || r.Name.Contains(search));
        }

        return query.OrderBy(r => r.Code).ProjectToPagedListAsync<RegionDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}

internal static class RegionRules
{
    public static void AgeBand<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, int?>> from, System.Linq.Expressions.Expression<Func<T, int?>> to)
    {
        validator.RuleFor(from).InclusiveBetween(5, 18);
        validator.RuleFor(to).InclusiveBetween(10, 21);
        var fromValue = from.Compile();
        var toValue = to.Compile();
        validator.RuleFor(to)
            .Must((command, value) => fromValue(command) is not { } f || value is not { } t || f <= t)
            .WithMessage(_ => Texts.Pick("Верхняя граница возраста не может быть меньше нижней.", "The upper age must not be below the lower one."));
    }

    public static async Task EnsureCodeIsFree(IApplicationDbContext db, string code, Guid? exceptId, CancellationToken cancellationToken)
    {
        if (await db.Regions.AnyAsync(r => r.Code == code && r.Id != exceptId, cancellationToken))
        {
            throw new ConflictException(Texts.Duplicate(Texts.Pick("Регион с кодом", "A region with code"), code), "code");
        }
    }
}
