package kr.seoul.smartcity.analysis.domain;

/**
 * One square of the population grid: its centre, the district it lies in and the people estimated to be there.
 *
 * @param row the grid row, counted northwards
 * @param column the grid column, counted eastwards
 */
public record Cell(int row, int column, Place centre, String districtCode, double people) {}
