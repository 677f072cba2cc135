package com.loyaltybatch.program;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

/** The single program row (id 1, created by the schema migration). */
@Repository
class ProgramRepository {

    private static final String SELECT = """
            SELECT name, point_name, point_icon_url, status, expiration_status, months_of_inactivity,
                   expiring_points_percentage, created_date, updated_date, revision
            FROM loyalty_program WHERE id = 1
            """;

    private final JdbcClient jdbc;

    ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Program load() {
        return jdbc.sql(SELECT).query(ProgramRepository::map).single();
    }

    /** Loads the program and locks it until the transaction ends, so changes never interleave. */
    Program lock() {
        return jdbc.sql(SELECT + " FOR UPDATE").query(ProgramRepository::map).single();
    }

    void save(Program program) {
        jdbc.sql("""
                UPDATE loyalty_program SET name = ?, point_name = ?, point_icon_url = ?, status = ?,
                       expiration_status = ?, months_of_inactivity = ?, expiring_points_percentage = ?,
                       updated_date = ?, revision = ?
                WHERE id = 1
                """)
                .params(program.name(), program.pointDefinition().customName(), program.pointDefinition().icon().url(),
                        program.status().name(), program.pointsExpiration().status().name(),
                        program.pointsExpiration().monthsOfInactivity(),
                        program.pointsExpiration().expiringPointsPercentage(),
                        Sql.ts(program.updatedDate()), program.revision())
                .update();
    }

    private static Program map(ResultSet rs, int row) throws SQLException {
        return new Program(
                rs.getString("name"),
                new Program.PointDefinition(rs.getString("point_name"), new Program.Icon(rs.getString("point_icon_url"))),
                ProgramStatus.valueOf(rs.getString("status")),
                new Program.PointsExpiration(Program.ExpirationStatus.valueOf(rs.getString("expiration_status")),
                        Sql.nullableInt(rs, "months_of_inactivity"), Sql.nullableInt(rs, "expiring_points_percentage")),
                Sql.instant(rs, "created_date"),
                Sql.instant(rs, "updated_date"),
                rs.getLong("revision"));
    }
}
